package org.commonplace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.Post;
import org.commonplace.imports.mediawiki.MediaWikiDump;
import org.commonplace.imports.mediawiki.MediaWikiReader;
import org.commonplace.imports.mediawiki.WikiPage;
import org.commonplace.imports.mediawiki.WikiRevision;
import org.commonplace.people.Account;
import org.commonplace.people.AccountStatus;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.commonplace.wiki.Edit;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.Revision;
import org.commonplace.wiki.WikiService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each importer end to end against the real database: what a run creates (with original authors and dates),
 * that a re-run creates nothing, that a bad record is reported and skipped, that a dry run writes nothing,
 * that an interrupted run resumes, and that a space exported to MediaWiki XML and imported into an empty
 * space exports again with no differences.
 */
@ExtendWith(ArquillianExtension.class)
class ImportsIT {

    private static final String[] SAMPLES = {"imports/mbox/mbox.rlug", "imports/mbox/german-qp.msg",
        "imports/mediawiki/commons-template-export-0.9.xml",
        "imports/mediawiki/mwxml-dump.export-0.8.xml", "imports/ning/SYNTHETIC-ning-discussions-local.json"};

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.withTests(ImportsIT.class);
        for (String sample : SAMPLES) {
            war.addAsResource(sample);
        }
        return war;
    }

    @Inject
    ImportService imports;

    @Inject
    ImportStore store;

    @Inject
    MediaWikiExport export;

    @Inject
    SpaceService spaces;

    @Inject
    WikiService wiki;

    @Inject
    Viewers viewers;

    @PersistenceContext
    EntityManager em;

    private Viewer ada() {
        return viewers.byUsername("ada").orElseThrow();
    }

    private String newSpace() {
        String slug = "imp-" + TestData.unique();
        spaces.create(ada(), slug, "Import test " + slug, "", Visibility.PUBLIC);
        return slug;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportsIT.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** Uploads and waits for the run to end (a generous hang guard, not a timing assertion). */
    private ImportJob run(ImportFormat format, String space, byte[] archive, String name, boolean dryRun) throws Exception {
        ImportJob started = imports.upload(ada(), format, space, dryRun, name, new ByteArrayInputStream(archive));
        return await(started.getId());
    }

    private ImportJob await(long id) throws InterruptedException {
        long guard = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < guard) {
            ImportJob job = store.find(id).orElseThrow();
            if (job.isFinished()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private List<Page> pages(String space) {
        return em.createQuery("select p from Page p where p.space.slug = :s order by p.id", Page.class).setParameter("s", space).getResultList();
    }

    private List<Revision> revisions(Page page) {
        return em.createQuery("select r from Revision r where r.page = :p order by r.number", Revision.class).setParameter("p", page)
                .getResultList();
    }

    private List<ForumThread> threads(String space) {
        return em.createQuery("select t from ForumThread t where t.board.space.slug = :s order by t.createdAt", ForumThread.class)
                .setParameter("s", space).getResultList();
    }

    private List<Post> posts(ForumThread thread) {
        return em.createQuery("select p from Post p where p.thread = :t order by p.path", Post.class).setParameter("t", thread).getResultList();
    }

    @Test
    void mediaWikiPagesComeWithTheirFullHistoryAndAReRunCreatesNothing() throws Exception {
        String space = newSpace();
        ImportJob job = run(ImportFormat.MEDIAWIKI, space, resource("imports/mediawiki/mwxml-dump.export-0.8.xml"), "mwxml.xml", false);
        assertThat(job.getState()).as(job.getProblems().toString()).isEqualTo(ImportState.DONE);
        assertThat(job.getCounts()).containsEntry("pages", 2).containsEntry("revisions", 3);
        assertThat(job.getFailedCount()).isZero();
        assertThat(job.getPercent()).isEqualTo(100);

        List<Page> pages = pages(space);
        assertThat(pages).extracting(Page::getTitle).containsExactly("Foo", "Bar");
        List<Revision> foo = revisions(pages.get(0));
        assertThat(foo).hasSize(2);
        assertThat(foo.get(0).getCreatedAt()).isEqualTo(Instant.parse("2004-08-09T09:04:08Z"));
        assertThat(foo.get(1).getCreatedAt()).isEqualTo(Instant.parse("2004-08-10T09:04:08Z"));
        assertThat(foo.get(0).getAuthorName()).isEqualTo("Gen0cide");
        assertThat(foo.get(1).getAuthorName()).isEqualTo("222.152.210.109");
        assertThat(foo.get(1).getAuthorId()).isNull();
        Account placeholder = em.find(Account.class, foo.get(0).getAuthorId());
        assertThat(placeholder.getStatus()).isEqualTo(AccountStatus.PLACEHOLDER);
        assertThat(placeholder.getPasswordHash()).isNull();
        assertThat(pages.get(0).getCurrentRevision()).isEqualTo(2);
        ImportItem origin = store.origin(ImportItem.Kind.REVISION, foo.get(0).getId()).orElseThrow();
        assertThat(origin.getFormat()).isEqualTo(ImportFormat.MEDIAWIKI);
        assertThat(origin.getOriginalText()).isNotNull();
        assertThat(store.origin(ImportItem.Kind.PAGE, pages.get(0).getId())).isPresent();

        ImportJob again = run(ImportFormat.MEDIAWIKI, space, resource("imports/mediawiki/mwxml-dump.export-0.8.xml"), "mwxml.xml", false);
        assertThat(again.getState()).isEqualTo(ImportState.DONE);
        assertThat(again.getCreatedCount()).isZero();
        assertThat(again.getSkippedCount()).isEqualTo(5);
        assertThat(pages(space)).hasSize(2);
        assertThat(revisions(pages(space).get(0))).hasSize(2);
    }

    @Test
    void theCommonsTemplateExportImportsWithItsNamespaceTitle() throws Exception {
        String space = newSpace();
        ImportJob job = run(ImportFormat.MEDIAWIKI, space, resource("imports/mediawiki/commons-template-export-0.9.xml"), "commons.xml", false);
        assertThat(job.getState()).as(job.getProblems().toString()).isEqualTo(ImportState.DONE);
        assertThat(job.getCounts()).containsEntry("pages", 1).containsEntry("revisions", 1);
        Page page = pages(space).get(0);
        assertThat(page.getTitle()).isEqualTo("Template:!!");
        Revision r = revisions(page).get(0);
        assertThat(r.getCreatedAt()).isEqualTo(Instant.parse("2010-03-03T10:34:19Z"));
        assertThat(r.getAuthorName()).isEqualTo("Martin-H.");
        assertThat(store.origin(ImportItem.Kind.REVISION, r.getId()).orElseThrow().getOriginalText()).contains("noinclude");
    }

    @Test
    void aBadPageIsReportedAndSkippedAndTheOthersAreImported() throws Exception {
        String space = newSpace();
        String longTitle = "T".repeat(250);
        String xml = """
                <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10">
                  <siteinfo><sitename>Bad</sitename><dbname>bad%s</dbname></siteinfo>
                  <page><title>Good one</title><ns>0</ns><id>1</id>
                    <revision><id>11</id><timestamp>2020-01-01T00:00:00Z</timestamp><contributor><username>Alpha</username><id>5</id></contributor>
                      <comment>first</comment><model>wikitext</model><format>text/x-wiki</format><text>'''Hello'''</text></revision></page>
                  <page><title>%s</title><ns>0</ns><id>2</id>
                    <revision><id>12</id><timestamp>2020-01-02T00:00:00Z</timestamp><contributor><username>Alpha</username><id>5</id></contributor>
                      <text>too long a title</text></revision></page>
                  <page><title>Good two</title><ns>0</ns><id>3</id>
                    <revision><id>13</id><timestamp>2020-01-03T00:00:00Z</timestamp><contributor><username>Alpha</username><id>5</id></contributor>
                      <text>== Heading ==</text></revision></page>
                </mediawiki>
                """.formatted(TestData.unique(), longTitle);
        ImportJob job = run(ImportFormat.MEDIAWIKI, space, xml.getBytes(StandardCharsets.UTF_8), "bad.xml", false);
        assertThat(job.getState()).isEqualTo(ImportState.DONE);
        assertThat(job.getFailedCount()).isEqualTo(1);
        assertThat(job.getProblems()).anySatisfy(p -> assertThat(p).contains("TTTT").contains("title"));
        assertThat(pages(space)).extracting(Page::getTitle).containsExactly("Good one", "Good two");
        assertThat(revisions(pages(space).get(0)).get(0).getMarkdown()).isEqualTo("**Hello**");
    }

    @Test
    void aDoctypeIsRefusedAndNothingIsWritten() throws Exception {
        String space = newSpace();
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\"><page><title>&lol2;</title><ns>0</ns><id>1</id>"
                + "<revision><id>1</id><timestamp>2020-01-01T00:00:00Z</timestamp><text>x</text></revision></page></mediawiki>";
        ImportJob job = run(ImportFormat.MEDIAWIKI, space, xml.getBytes(StandardCharsets.UTF_8), "lol.xml", false);
        assertThat(job.getState()).isEqualTo(ImportState.FAILED);
        assertThat(job.getProblems()).anySatisfy(p -> assertThat(p).contains("DOCTYPE"));
        assertThat(pages(space)).isEmpty();
    }

    @Test
    void aDryRunReportsWhatWouldBeCreatedAndWritesNothingThenTheRealRunMatchesIt() throws Exception {
        String space = newSpace();
        byte[] mbox = resource("imports/mbox/mbox.rlug");
        long accountsBefore = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        ImportJob dry = run(ImportFormat.MBOX, space, mbox, "rlug.mbox", true);
        assertThat(dry.getState()).isEqualTo(ImportState.DONE);
        assertThat(dry.isDryRun()).isTrue();
        assertThat(dry.getCounts()).containsEntry("threads", 4).containsEntry("posts", 5);
        assertThat(threads(space)).isEmpty();
        assertThat(em.createQuery("select count(a) from Account a", Long.class).getSingleResult()).isEqualTo(accountsBefore);

        ImportJob real = await(imports.runAfterDryRun(ada(), dry.getId()).getId());
        assertThat(real.isDryRun()).isFalse();
        assertThat(real.getCounts()).isEqualTo(dry.getCounts());
        assertThat(threads(space)).hasSize(4);
    }

    @Test
    void mailIsThreadedIntoReplyTreesWithOriginalAuthorsAndDatesAndAReRunCreatesNothing() throws Exception {
        String space = newSpace();
        ImportJob job = run(ImportFormat.MBOX, space, resource("imports/mbox/mbox.rlug"), "rlug.mbox", false);
        assertThat(job.getState()).as(job.getProblems().toString()).isEqualTo(ImportState.DONE);
        assertThat(job.getCounts()).containsEntry("threads", 4).containsEntry("posts", 5);
        List<ForumThread> threads = threads(space);
        assertThat(threads).hasSize(4);
        ForumThread zapp = threads.stream().filter(t -> t.getTitle().startsWith("Din windows")).findFirst().orElseThrow();
        assertThat(zapp.getPostCount()).isEqualTo(2);
        List<Post> posts = posts(zapp);
        assertThat(posts.get(1).getParentId()).isEqualTo(posts.get(0).getId());
        assertThat(posts.get(1).getDepth()).isEqualTo(1);
        Account mihai = em.find(Account.class, posts.get(0).getAuthorId());
        assertThat(mihai.getEmail()).isEqualTo("mmihai@netcompsj.ro");
        assertThat(mihai.getStatus()).isIn(AccountStatus.PLACEHOLDER, AccountStatus.ACTIVE);
        assertThat(zapp.getCreatedAt()).isBefore(Instant.parse("2003-03-01T00:00:00Z"));
        ForumThread orphan = threads.stream().filter(t -> t.getTitle().contains("RH 8.0")).findFirst().orElseThrow();
        assertThat(posts(orphan)).hasSize(1);
        assertThat(store.origin(ImportItem.Kind.THREAD, zapp.getId()).orElseThrow().getFormat()).isEqualTo(ImportFormat.MBOX);

        ImportJob again = run(ImportFormat.MBOX, space, resource("imports/mbox/mbox.rlug"), "rlug.mbox", false);
        assertThat(again.getCreatedCount()).isZero();
        assertThat(again.getSkippedCount()).isEqualTo(9);
        assertThat(threads(space)).hasSize(4);
    }

    @Test
    void aSingleSavedMessageImportsAsAThreadOfOneAndAFileThatIsNotMailIsRefused() throws Exception {
        String space = newSpace();
        byte[] msg = resource("imports/mbox/german-qp.msg");
        assertThat(new String(msg, StandardCharsets.ISO_8859_1)).doesNotStartWith("From ");
        ImportJob job = run(ImportFormat.MBOX, space, msg, "german-qp.msg", false);
        assertThat(job.getState()).as(job.getProblems().toString()).isEqualTo(ImportState.DONE);
        assertThat(job.getCounts()).containsEntry("threads", 1).containsEntry("posts", 1);
        List<ForumThread> threads = threads(space);
        assertThat(threads).extracting(ForumThread::getTitle).containsExactly("Testnachricht");
        Post post = posts(threads.get(0)).get(0);
        assertThat(post.getMarkdown()).contains("Gr\u00fc\u00dfe,").contains("S\u00f6nderz\u00e4ichen");
        assertThat(post.getCreatedAt()).isEqualTo(Instant.parse("2005-12-21T21:02:44Z"));
        assertThat(em.find(Account.class, post.getAuthorId()).getEmail()).isEqualTo("joern@zyn.de");

        ImportJob again = run(ImportFormat.MBOX, space, msg, "german-qp.msg", false);
        assertThat(again.getCreatedCount()).isZero();
        assertThat(threads(space)).hasSize(1);

        ImportJob refused = run(ImportFormat.MBOX, space, "<html><body>Not mail</body></html>\n".getBytes(StandardCharsets.UTF_8),
                "page.html", false);
        assertThat(refused.getState()).isEqualTo(ImportState.FAILED);
        assertThat(refused.getCreatedCount()).isZero();
        assertThat(refused.getProblems()).anySatisfy(p -> assertThat(p).contains("Not an mbox file").contains("not a single mail message"));
        assertThat(threads(space)).hasSize(1);
    }

    private byte[] ningZip(String unique) throws IOException {
        String members = "({\"contributorName\":\"0abc123def456\",\"fullName\":\"Ana Popescu\",\"email\":\"ana." + unique
                + "@example.org/\",\"createdDate\":\"2009-01-01T00:00:00.000Z\",\"level\":\"admin member\",\"state\":\"active\"}"
                + "{\"contributorName\":\"1xyz789\",\"fullName\":\"Bogdan Ionescu\",\"email\":\"bogdan." + unique
                + "@example.org\",\"createdDate\":\"2009-02-01T00:00:00.000Z\"}"
                + "{\"contributorName\":\"broken\",\"fullName\":}])";
        String notes = "[{\"id\":\"2190123:Note:1\",\"contributorName\":\"1xyz789\",\"title\":\"Code of conduct\","
                + "\"description\":\"<p>Be <b>kind</b> &amp; <i>patient</i>.</p>\",\"createdDate\":\"2010-02-01T00:00:00.000Z\"}]";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("ning-export/ning-members-local.json"));
            zip.write(members.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("ning-export/ning-discussions-local.json"));
            zip.write(resource("imports/ning/SYNTHETIC-ning-discussions-local.json"));
            zip.putNextEntry(new ZipEntry("ning-export/ning-notes-local.json"));
            zip.write(notes.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aNingArchiveBecomesAccountsThreadsAndPagesAndItsBadRecordsAreReported() throws Exception {
        String space = newSpace();
        String unique = TestData.unique();
        ImportJob job = run(ImportFormat.NING, space, ningZip(unique), "ning.zip", false);
        assertThat(job.getState()).as(job.getProblems().toString()).isEqualTo(ImportState.DONE);
        assertThat(job.getCounts()).containsEntry("threads", 2).containsEntry("posts", 4).containsEntry("pages", 1);
        assertThat(job.getCounts().get("accounts")).isGreaterThanOrEqualTo(2);
        assertThat(job.getFailedCount()).isEqualTo(2);
        assertThat(job.getProblems()).anySatisfy(p -> assertThat(p).contains("ning-members-local.json record 3"));
        assertThat(job.getProblems()).anySatisfy(p -> assertThat(p).contains("2190123:Topic:500"));

        List<ForumThread> threads = threads(space);
        assertThat(threads).extracting(ForumThread::getTitle).containsExactly("Welcome", "Re-org & next steps");
        ForumThread reorg = threads.get(1);
        assertThat(em.createQuery("select t.board.name from ForumThread t where t.id = :id", String.class).setParameter("id", reorg.getId())
                .getSingleResult()).isEqualTo("Announcements");
        assertThat(reorg.getCreatedAt()).isEqualTo(Instant.parse("2011-05-02T10:15:00Z"));
        List<Post> posts = posts(reorg);
        assertThat(posts).hasSize(3);
        assertThat(posts.get(1).getMarkdown()).isEqualTo("older reply");
        assertThat(posts.get(0).getMarkdown()).contains("Second topic, newer. See file.pdf").contains("*Attachments:*")
                .contains("file.pdf (missing from the archive)").doesNotContain("xn_auth").doesNotContain("<iframe")
                .contains("https://www.youtube.com/embed/XyZ123");
        assertThat(posts.get(0).getHtml()).doesNotContain("<iframe").doesNotContain("<script");
        Account ana = em.find(Account.class, posts.get(0).getAuthorId());
        assertThat(ana.getDisplayName()).isEqualTo("Ana Popescu");
        assertThat(ana.getEmail()).isEqualTo("ana." + unique + "@example.org");
        assertThat(ana.getStatus()).isEqualTo(AccountStatus.PLACEHOLDER);
        ImportItem origin = store.origin(ImportItem.Kind.THREAD, reorg.getId()).orElseThrow();
        assertThat(origin.getFormat()).isEqualTo(ImportFormat.NING);
        assertThat(origin.getOriginalAuthor()).contains("Ana Popescu");
        Page note = pages(space).get(0);
        assertThat(note.getTitle()).isEqualTo("Code of conduct");
        assertThat(revisions(note).get(0).getMarkdown()).isEqualTo("Be **kind** & *patient*.");

        ImportJob again = run(ImportFormat.NING, space, ningZip(unique), "ning.zip", false);
        assertThat(again.getCreatedCount()).isZero();
        assertThat(threads(space)).hasSize(2);
        assertThat(pages(space)).hasSize(1);
    }

    @Test
    void anInterruptedImportResumesAndWritesOnlyWhatIsMissing() throws Exception {
        String space = newSpace();
        byte[] full = resource("imports/mediawiki/mwxml-dump.export-0.8.xml");
        String xml = new String(full, StandardCharsets.UTF_8);
        String firstPageOnly = xml.substring(0, xml.indexOf("<page>", xml.indexOf("</page>"))) + "</mediawiki>\n";
        ImportJob partial = run(ImportFormat.MEDIAWIKI, space, firstPageOnly.getBytes(StandardCharsets.UTF_8), "part.xml", false);
        assertThat(partial.getCounts()).containsEntry("pages", 1).containsEntry("revisions", 2);

        Path file = ImportService.importFolder().resolve("uploads").resolve("interrupted-" + TestData.unique() + ".xml");
        Files.write(file, full);
        long spaceId = spaces.findBySlug(space).orElseThrow().getId();
        ImportJob interrupted = store.create(new ImportJob(ImportFormat.MEDIAWIKI, spaceId, space, false, "full.xml", file.toString(),
                full.length, ada().accountId(), "ada", Instant.now()));
        store.started(interrupted.getId());
        imports.resumeInterrupted();
        ImportJob resumed = await(interrupted.getId());
        assertThat(resumed.getState()).isEqualTo(ImportState.DONE);
        assertThat(resumed.getProblems()).anySatisfy(p -> assertThat(p).startsWith("Resumed"));
        assertThat(resumed.getCounts()).containsEntry("pages", 1).containsEntry("revisions", 1);
        assertThat(resumed.getSkippedCount()).isEqualTo(3);
        assertThat(pages(space)).hasSize(2);
    }

    @Test
    void aSpaceExportedAndImportedIntoAnEmptySpaceExportsWithNoDifferences() throws Exception {
        String source = newSpace();
        wiki.save(ada(), source, null, new Edit("Round Trip Notes", "# Notes\n\nFirst [[Other Page]].\n", "start", false, 0));
        wiki.save(ada(), source, "round-trip-notes", new Edit("Round Trip Notes", "# Notes\n\nFirst [[Other Page]].\n\n* more\n", "more", true, 1));
        wiki.save(ada(), source, null, new Edit("Other Page", "Text with <angle> & \"quotes\"\r\nand a CR.", "", false, 0));
        run(ImportFormat.MEDIAWIKI, source, resource("imports/mediawiki/mwxml-dump.export-0.8.xml"), "mwxml.xml", false);
        run(ImportFormat.MEDIAWIKI, source, resource("imports/mediawiki/commons-template-export-0.9.xml"), "commons.xml", false);

        byte[] first = exported(source);
        String target = newSpace();
        ImportJob job = run(ImportFormat.MEDIAWIKI, target, first, source + ".xml", false);
        assertThat(job.getState()).as(job.getProblems().toString()).isEqualTo(ImportState.DONE);
        assertThat(job.getFailedCount()).isZero();
        byte[] second = exported(target);

        MediaWikiDump a = MediaWikiReader.readAll(new ByteArrayInputStream(first));
        MediaWikiDump b = MediaWikiReader.readAll(new ByteArrayInputStream(second));
        assertThat(a.pages()).hasSize(5);
        assertThat(a.pages().stream().mapToInt(p -> p.revisions().size()).sum()).isEqualTo(7);
        assertThat(differences(a, b)).isEmpty();
    }

    private byte[] exported(String space) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(ada(), space, out);
        return out.toByteArray();
    }

    /** Every difference in pages, revisions, authors, timestamps and text (ids and site info aside). */
    static List<String> differences(MediaWikiDump a, MediaWikiDump b) {
        List<String> diffs = new ArrayList<>();
        if (a.pages().size() != b.pages().size()) {
            diffs.add("page count " + a.pages().size() + " vs " + b.pages().size());
        }
        for (int i = 0; i < Math.min(a.pages().size(), b.pages().size()); i++) {
            WikiPage x = a.pages().get(i);
            WikiPage y = b.pages().get(i);
            if (!x.title().equals(y.title())) {
                diffs.add("page " + i + " title " + x.title() + " vs " + y.title());
            }
            if (x.revisions().size() != y.revisions().size()) {
                diffs.add(x.title() + ": revision count " + x.revisions().size() + " vs " + y.revisions().size());
                continue;
            }
            for (int j = 0; j < x.revisions().size(); j++) {
                WikiRevision r = x.revisions().get(j);
                WikiRevision s = y.revisions().get(j);
                String where = x.title() + " r" + (j + 1) + ": ";
                compare(diffs, where + "timestamp", r.timestamp(), s.timestamp());
                compare(diffs, where + "author", r.contributor().username(), s.contributor().username());
                compare(diffs, where + "author id", r.contributor().id(), s.contributor().id());
                compare(diffs, where + "ip", r.contributor().ip(), s.contributor().ip());
                compare(diffs, where + "summary", r.comment(), s.comment());
                compare(diffs, where + "minor", r.minor(), s.minor());
                compare(diffs, where + "text", r.text(), s.text());
                compare(diffs, where + "sha1", r.sha1(), s.sha1());
                compare(diffs, where + "bytes", r.textBytes(), s.textBytes());
            }
        }
        return diffs;
    }

    private static void compare(List<String> diffs, String what, Object x, Object y) {
        if (x == null ? y != null : !x.equals(y)) {
            diffs.add(what + ": " + x + " vs " + y);
        }
    }

    @Test
    void onlySiteAdministratorsImportOrExport() {
        String space = newSpace();
        Viewer mia = viewers.byUsername("mia").orElseThrow();
        assertThatThrownBy(() -> imports.upload(mia, ImportFormat.MBOX, space, true, "x.mbox", new ByteArrayInputStream(new byte[] {1})))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> export.export(mia, space, OutputStream.nullOutputStream())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> imports.fromServer(ada(), ImportFormat.MBOX, space, true, "../../etc/passwd"))
                .hasMessageContaining("inside the import folder");
    }
}
