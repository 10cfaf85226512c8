package org.commonplace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.imports.Units.AccountUnit;
import org.commonplace.imports.Units.FileUnit;
import org.commonplace.imports.Units.InlineFile;
import org.commonplace.imports.Units.PageUnit;
import org.commonplace.imports.Units.PostUnit;
import org.commonplace.imports.Units.RevisionUnit;
import org.commonplace.imports.Units.SpaceUnit;
import org.commonplace.imports.Units.ThreadUnit;
import org.commonplace.imports.mediawiki.MediaWikiFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers as the importer uses them, on the real samples and on damaged or hostile files. */
class ImportSourcesTest {

    @TempDir
    Path dir;

    private static class Collected implements ImportSource.Sink {
        int total = -1;
        final List<AccountUnit> accounts = new ArrayList<>();
        final List<PageUnit> pages = new ArrayList<>();
        final List<ThreadUnit> threads = new ArrayList<>();
        final List<SpaceUnit> spaces = new ArrayList<>();
        final List<String> order = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        @Override
        public void total(int units) {
            total = units;
        }

        @Override
        public void account(AccountUnit unit) {
            accounts.add(unit);
        }

        @Override
        public void space(SpaceUnit unit) {
            spaces.add(unit);
            order.add(unit.key());
        }

        @Override
        public void page(PageUnit unit) {
            pages.add(unit);
            order.add(unit.key());
        }

        @Override
        public void thread(ThreadUnit unit) {
            threads.add(unit);
            order.add(unit.key());
        }

        @Override
        public void problem(String text) {
            problems.add(text);
        }
    }

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportSourcesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void rlugMailBecomesFourThreadsWithTheReplyUnderItsParentAndTheOrphanAlone() throws IOException {
        Collected c = new Collected();
        new MboxSource(file("rlug.mbox", resource("/imports/mbox/mbox.rlug")), "list", "List").read(c);
        assertThat(c.total).isEqualTo(4);
        assertThat(c.threads).hasSize(4);
        assertThat(c.threads.stream().mapToInt(t -> t.posts().size()).sum()).isEqualTo(5);
        ThreadUnit zapp = c.threads.stream().filter(t -> t.title().startsWith("Din windows")).findFirst().orElseThrow();
        assertThat(zapp.posts()).hasSize(2);
        assertThat(zapp.posts().get(1).parentKey()).isEqualTo(zapp.posts().get(0).key());
        assertThat(zapp.posts().get(0).author().email()).isEqualTo("mmihai@netcompsj.ro");
        ThreadUnit orphan = c.threads.stream().filter(t -> t.title().contains("RH 8.0")).findFirst().orElseThrow();
        assertThat(orphan.posts()).hasSize(1);
        assertThat(orphan.posts().get(0).parentKey()).isNull();
        assertThat(c.problems).isEmpty();
    }

    @Test
    void aSingleSavedMessageBecomesAThreadOfOnePost() throws IOException {
        Collected c = new Collected();
        new MboxSource(file("german-qp.msg", resource("/imports/mbox/german-qp.msg")), "list", "List").read(c);
        assertThat(c.problems).isEmpty();
        assertThat(c.threads).hasSize(1);
        ThreadUnit thread = c.threads.get(0);
        assertThat(thread.title()).isEqualTo("Testnachricht");
        assertThat(thread.posts()).hasSize(1);
        assertThat(thread.posts().get(0).author().email()).isEqualTo("joern@zyn.de");
        assertThat(thread.posts().get(0).markdown()).contains("Gr\u00fc\u00dfe,").doesNotContain("Debian GNU/Linux");

        Collected again = new Collected();
        new MboxSource(file("copy.msg", resource("/imports/mbox/german-qp.msg")), "list", "List").read(again);
        assertThat(again.threads.get(0).key()).as("the key comes from the message, so a re-run finds it").isEqualTo(thread.key());
    }

    @Test
    void aFileThatIsNotMailIsRefusedAsAWhole() throws IOException {
        Path notes = file("notes.txt", "Shopping list\n- eggs\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new MboxSource(notes, "list", "List").read(new Collected()))
                .hasMessageContaining("Not an mbox file").hasMessageContaining("not a single mail message");
    }

    @Test
    void quotedTextIsFoldedBehindItsMarkerAndSignaturesAreDropped() throws IOException {
        String mbox = "From a@example.org Mon Jan  6 10:00:00 2020\nFrom: A <a@example.org>\nSubject: Q\nMessage-ID: <q1@x>\n"
                + "Date: Mon, 6 Jan 2020 10:00:00 +0000\n\nQuestion?\n\n"
                + "From b@example.org Mon Jan  6 11:00:00 2020\nFrom: B <b@example.org>\nSubject: Re: Q\nMessage-ID: <q2@x>\n"
                + "In-Reply-To: <q1@x>\nDate: Mon, 6 Jan 2020 11:00:00 +0000\n\nAnswer.\n\nA wrote:\n> Question?\n\n-- \nB, the signature\n";
        Collected c = new Collected();
        new MboxSource(file("q.mbox", mbox.getBytes(StandardCharsets.UTF_8)), "list", "List").read(c);
        String reply = c.threads.get(0).posts().get(1).markdown();
        assertThat(reply).startsWith("Answer.").contains(MboxSource.QUOTED_MARKER).contains("> Question?").doesNotContain("signature");
    }

    @Test
    void invalidUtf8AndATruncatedLastMessageStillImport() throws IOException {
        byte[] head = ("From a@example.org Mon Jan  6 10:00:00 2020\nFrom: A <a@example.org>\nSubject: caf").getBytes(StandardCharsets.US_ASCII);
        byte[] rest = ("\nMessage-ID: <u1@x>\n\nna\u00efve text ").getBytes(StandardCharsets.ISO_8859_1);
        byte[] bad = {(byte) 0xe9, (byte) 0xff, (byte) 0xc3};
        byte[] truncated = "\n\nFrom b@example.org Mon Jan  6 11:00:00 2020\nFrom: B <b@exam".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + bad.length + rest.length + truncated.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(rest, 0, all, head.length + bad.length, rest.length);
        System.arraycopy(truncated, 0, all, head.length + bad.length + rest.length, truncated.length);
        Collected c = new Collected();
        new MboxSource(file("bad.mbox", all), "list", "List").read(c);
        assertThat(c.threads).isNotEmpty();
        assertThat(c.threads.get(0).posts().get(0).markdown()).contains("text");
    }

    @Test
    void mediaWikiSamplesGiveHistoryInTimeOrderWithConvertedTextAndTheOriginalKept() throws IOException {
        Collected c = new Collected();
        new MediaWikiSource(file("mw.xml", resource("/imports/mediawiki/mwxml-dump.export-0.8.xml"))).read(c);
        assertThat(c.total).isEqualTo(2);
        PageUnit foo = c.pages.get(0);
        assertThat(foo.title()).isEqualTo("Foo");
        assertThat(foo.revisions()).hasSize(2);
        assertThat(foo.revisions().get(0).at()).isBefore(foo.revisions().get(1).at());
        assertThat(foo.revisions().get(1).author().anonymous()).isTrue();
        assertThat(foo.revisions().get(0).key()).isEqualTo("mediawiki:enwiki:rev:1");
        assertThat(foo.revisions().get(0).originalText()).isNotNull();

        Collected commons = new Collected();
        new MediaWikiSource(file("c.xml", resource("/imports/mediawiki/commons-template-export-0.9.xml"))).read(commons);
        assertThat(commons.pages).hasSize(1);
        assertThat(commons.pages.get(0).revisions().get(0).originalText()).contains("<noinclude>");
    }

    @Test
    void truncatedMediaWikiXmlFailsClearly() throws IOException {
        byte[] whole = resource("/imports/mediawiki/mwxml-dump.export-0.8.xml");
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Collected c = new Collected();
        assertThatThrownBy(() -> new MediaWikiSource(file("half.xml", half)).read(c)).isInstanceOf(MediaWikiFormatException.class);
    }

    @Test
    void externalEntitiesAreNeverFetched() throws IOException {
        Path secret = file("secret.txt", "TOP SECRET".getBytes(StandardCharsets.UTF_8));
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<mediawiki><page><title>&x;</title><ns>0</ns><id>1</id><revision><id>1</id><text>&x;</text></revision></page></mediawiki>";
        Collected c = new Collected();
        assertThatThrownBy(() -> new MediaWikiSource(file("xxe.xml", xml.getBytes(StandardCharsets.UTF_8))).read(c))
                .hasMessageContaining("DOCTYPE");
        assertThat(c.pages).isEmpty();
    }

    @Test
    void ningBadRecordsAreReportedAndTheRestRead() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("ning"));
        Files.writeString(folder.resolve("ning-members.json"),
                "({\"contributorName\":\"a1\",\"fullName\":\"Ann\",\"email\":\"ann@example.org\"}{\"contributorName\":}{\"contributorName\":\"b2\"}])");
        Files.write(folder.resolve("ning-discussions-local.json"), resource("/imports/ning/SYNTHETIC-ning-discussions-local.json"));
        Collected c = new Collected();
        new NingSource(folder).read(c);
        assertThat(c.accounts).extracting(a -> a.author().key()).containsExactly("b2", "Ann");
        assertThat(c.problems).hasSize(2);
        assertThat(c.problems.get(0)).contains("ning-members.json record 2");
        assertThat(c.problems.get(1)).contains("2190123:Topic:500");
        assertThat(c.threads).extracting(ThreadUnit::boardName).containsExactly("Discussions", "Announcements");
    }

    @Test
    void aTruncatedNingFileFailsClearly() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cut"));
        Files.writeString(folder.resolve("ning-members.json"), "([{\"contributorName\":\"a1\",\"fullName\":\"An");
        assertThatThrownBy(() -> new NingSource(folder).read(new Collected())).hasMessageContaining("ning-members.json");
    }

    @Test
    void somethingThatIsNotANingArchiveIsRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> new NingSource(folder).read(new Collected())).hasMessageContaining("not a Ning archive");
    }

    private static Path groupsFixture() throws Exception {
        return Path.of(ImportSourcesTest.class.getResource("/imports/ning/SYNTHETIC-groups-archive/ning-groups-local.json").toURI()).getParent();
    }

    private static ThreadUnit thread(Collected c, String id) {
        return c.threads.stream().filter(t -> t.key().equals("ning:discussion:2190123:Topic:" + id)).findFirst().orElseThrow();
    }

    @Test
    void ningGroupsBecomeSpacesHandedOverBeforeTheirThreadsWithMembersAndRoles() throws Exception {
        Collected c = new Collected();
        new NingSource(groupsFixture()).read(c);
        assertThat(c.total).isEqualTo(4 + 2 + 3 + 2 + 1);
        assertThat(c.spaces).extracting(SpaceUnit::key, SpaceUnit::name, SpaceUnit::inviteOnly).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ning:group:2190123:Group:77", "Stewards' circle", true),
                org.assertj.core.groups.Tuple.tuple("ning:group:2190123:Group:78", "Garden & Allotments", false));
        SpaceUnit stewards = c.spaces.get(0);
        assertThat(stewards.description()).isEqualTo("Private room for the network's stewards.");
        assertThat(stewards.members()).extracting(m -> m.author().displayName(), Units.MemberUnit::admin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Popescu", true), org.assertj.core.groups.Tuple.tuple("Bogdan Ionescu", false));
        assertThat(stewards.members().get(0).author().email()).isEqualTo("ana.popescu@ning-fixture.example.org");
        assertThat(c.spaces.get(1).description()).isEqualTo("Everything about our shared garden & the allotments.");
        assertThat(c.spaces.get(1).members()).extracting(Units.MemberUnit::admin).containsExactly(true, false, false);

        ThreadUnit budget = thread(c, "700");
        assertThat(budget.spaceKey()).isEqualTo(stewards.key());
        assertThat(budget.boardName()).isEqualTo("Discussions");
        assertThat(thread(c, "701").spaceKey()).isEqualTo("ning:group:2190123:Group:78");
        assertThat(thread(c, "701").boardName()).isEqualTo("Vegetables");
        assertThat(thread(c, "702").spaceKey()).isNull();
        assertThat(c.order.indexOf(budget.key())).isGreaterThan(c.order.indexOf(stewards.key()));
        ThreadUnit blog = c.threads.stream().filter(t -> t.key().startsWith("ning:blog:")).findFirst().orElseThrow();
        assertThat(blog.boardName()).isEqualTo("Blog");
        assertThat(blog.spaceKey()).isNull();
        assertThat(c.problems).anySatisfy(p -> assertThat(p).contains("2190123:BlogPost:2").contains("draft"));
    }

    @Test
    void ningAttachmentsArePresentMissingOrRefusedAndOpenFromTheArchive() throws Exception {
        Collected c = new Collected();
        new NingSource(groupsFixture()).read(c);
        PostUnit opening = thread(c, "700").posts().get(0);
        assertThat(opening.markdown()).contains("zqstewardsonly budget").doesNotContain("Attachments");
        assertThat(opening.files()).extracting(FileUnit::path, FileUnit::unavailable).containsExactly(
                org.assertj.core.groups.Tuple.tuple("discussions/attachments/2190123:Topic:700/diagram.png", null),
                org.assertj.core.groups.Tuple.tuple("discussions/attachments/2190123:Topic:700/minutes.txt", null),
                org.assertj.core.groups.Tuple.tuple("discussions/attachments/2190123:Topic:700/lost.pdf", "missing from the archive"));
        assertThat(opening.files().get(1).name()).isEqualTo("minutes.txt");
        assertThat(opening.files().get(2).content()).isNull();
        assertThat(thread(c, "700").posts().get(2).files()).extracting(FileUnit::path)
                .containsExactly("discussions/attachments/2190123:Topic:700/diagram.png");
        assertThat(thread(c, "701").posts().get(0).files()).extracting(FileUnit::unavailable)
                .containsExactly(null, "refused: its path leaves the archive");
        PageUnit note = c.pages.get(0);
        assertThat(note.revisions().get(0).files()).extracting(FileUnit::name).containsExactly("rules.txt");
        assertThat(note.spaceKey()).isNull();
    }

    @Test
    void imagesAndLinksInNingHtmlThatPointIntoTheArchiveBecomeInlineFiles() throws Exception {
        Collected c = new Collected();
        new NingSource(groupsFixture()).read(c);
        PostUnit swap = thread(c, "702").posts().get(0);
        assertThat(swap.inline()).extracting(i -> i.file().path(), InlineFile::image, InlineFile::label, i -> i.file().unavailable())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("discussions/attachments/2190123:Topic:702/stall.png", true, "Our stall last year", null),
                        org.assertj.core.groups.Tuple.tuple("discussions/attachments/2190123:Topic:702/swap-rules.pdf", false, "swap rules", null),
                        org.assertj.core.groups.Tuple.tuple("discussions/attachments/2190123:Topic:702/poster.jpg", true, "poster",
                                "missing from the archive"));
        assertThat(swap.markdown()).contains(InlineFile.token(0)).contains("Read the " + InlineFile.token(1) + " first")
                .contains("[the swap page](https://example.org/swap)").contains("poster " + InlineFile.token(2))
                .doesNotContain("width=").doesNotContain("xn_auth");
        try (InputStream in = swap.inline().get(1).file().content().open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).startsWith("%PDF-");
        }
        assertThat(swap.files()).extracting(FileUnit::name).containsExactly("diagram.png");
        RevisionUnit note = c.pages.get(0).revisions().get(0);
        assertThat(note.inline()).extracting(i -> i.file().path()).containsExactly("notes/attachments/2190123:Note:5/rules.txt");
        assertThat(note.files()).extracting(FileUnit::path).containsExactly("notes/attachments/2190123:Note:5/rules.txt");
        assertThat(thread(c, "700").posts()).allSatisfy(p -> assertThat(p.inline()).isEmpty());
    }

    @Test
    void inlineReferencesAreGuardedLikeTheAttachmentList() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("inline"));
        Files.createDirectories(folder.resolve("discussions/files"));
        Files.writeString(folder.resolve("discussions/files/my notes.txt"), "notes");
        Files.writeString(folder.resolve("secret.txt"), "not for you");
        Files.writeString(folder.resolve("ning-members.json"), "([])");
        Files.writeString(folder.resolve("ning-discussions-local.json"), "([{\"id\":\"1:Topic:1\",\"contributorName\":\"x\","
                + "\"title\":\"T\",\"description\":\"<a href='discussions/files/my%20notes.txt?x=1'>notes</a> "
                + "<a href='discussions/files/../../../outside.txt'>up</a> <img src='discussions/../secret.txt'> "
                + "<img src='/discussions/files/my%20notes.txt'> <a href='discussions/files/none.txt'>none</a>\"}])");
        Collected c = new Collected();
        new NingSource(folder).read(c);
        PostUnit post = c.threads.get(0).posts().get(0);
        assertThat(post.inline()).extracting(i -> i.file().path(), i -> i.file().unavailable()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("discussions/files/my notes.txt", null),
                org.assertj.core.groups.Tuple.tuple("discussions/files/../../../outside.txt", "refused: its path leaves the archive"),
                org.assertj.core.groups.Tuple.tuple("secret.txt", null),
                org.assertj.core.groups.Tuple.tuple("discussions/files/none.txt", "missing from the archive"));
        // a path from the old site's root is not a reference into the archive: it is named, not fetched
        assertThat(post.markdown()).contains("[image: /discussions/files/my%20notes.txt]").doesNotContain("](/discussions");
    }

    @Test
    void ningAttachmentsOpenWhileTheArchiveIsBeingRead() throws Exception {
        List<String> opened = new ArrayList<>();
        Collected c = new Collected() {
            @Override
            public void thread(ThreadUnit unit) {
                super.thread(unit);
                for (PostUnit p : unit.posts()) {
                    for (FileUnit f : p.files()) {
                        if (f.content() != null) {
                            try (InputStream in = f.content().open()) {
                                opened.add(f.name() + ":" + in.readAllBytes().length);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    }
                }
            }
        };
        new NingSource(groupsFixture()).read(c);
        assertThat(opened).contains("minutes.txt:71", "seedlings.svg:72").anySatisfy(s -> assertThat(s).startsWith("diagram.png:"));
    }

    @Test
    void aGroupDescriptionBecomesPlainTextWithoutScripts() {
        assertThat(NingSource.plainText("<p>Grow <b>food</b> &amp; share<script>alert(1)</script></p>\n<style>p{}</style><p>it</p>"))
                .isEqualTo("Grow food & share it");
        assertThat(NingSource.plainText("a <script>never closed")).isEqualTo("a");
        assertThat(NingSource.plainText(null)).isEmpty();
    }
}
