package org.commonplace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.commonplace.forum.Post;
import org.commonplace.space.Membership;
import org.commonplace.space.Role;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.Revision;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Ning importer end to end on the synthetic groups archive (members, a private and a public group, discussions
 * in and outside them, a blog, a note, attachment files present, missing, refused and with {@code ?query}
 * suffixes): groups become spaces with the right visibility and members, their discussions go there, files are
 * stored, linked and downloadable, a private group's thread is hidden from outsiders on every channel, a dry run
 * reports the spaces it would make and writes nothing, and a re-run makes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class NingImportIT {

    private static final String ARCHIVE = "imports/ning/groups-archive.zip";
    private static final String PRIVATE_GROUP = "ning:group:2190123:Group:77";
    private static final String PUBLIC_GROUP = "ning:group:2190123:Group:78";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(NingImportIT.class, NingFixture.class)
                .addAsResource(new ByteArrayAsset(NingFixture.zip(NingFixture.GROUPS_ARCHIVE)), ARCHIVE)
                .addAsResource("imports/ning/SYNTHETIC-groups-archive/notes/attachments/2190123:Note:5/rules.txt", "imports/ning/rules.txt")
                .addAsResource("imports/ning/SYNTHETIC-groups-archive/discussions/attachments/2190123:Topic:702/stall.png", "imports/ning/stall.png");
    }

    @Inject
    ImportService imports;

    @Inject
    ImportStore store;

    @Inject
    SpaceService spaces;

    @Inject
    Viewers viewers;

    @PersistenceContext
    EntityManager em;

    private final HttpClient http = HttpClient.newHttpClient();

    private Viewer ada() {
        return viewers.byUsername("ada").orElseThrow();
    }

    private String newSpace(Visibility visibility) {
        String slug = "ning-" + TestData.unique();
        spaces.create(ada(), slug, "Ning target " + slug, "", visibility);
        return slug;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NingImportIT.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private ImportJob run(String space, boolean dryRun) throws Exception {
        return await(imports.upload(ada(), ImportFormat.NING, space, dryRun, "groups.zip", new ByteArrayInputStream(resource(ARCHIVE))).getId());
    }

    /** Waits for the run to end (a generous hang guard, not a timing assertion). */
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

    private Space spaceOf(String target, String groupKey) {
        Long id = em.createQuery("select i.targetId from ImportItem i, Space s where i.spaceId = s.id and s.slug = :t and i.sourceKey = :k",
                Long.class).setParameter("t", target).setParameter("k", groupKey).getSingleResult();
        return em.find(Space.class, id);
    }

    private long count(String jpql, Object... params) {
        var q = em.createQuery(jpql, Long.class);
        for (int i = 0; i < params.length; i++) {
            q.setParameter("p" + i, params[i]);
        }
        return q.getSingleResult();
    }

    private long spacesMadeFrom(String target) {
        return count("select count(i) from ImportItem i, Space s where i.spaceId = s.id and s.slug = :p0 and i.kind = :p1", target,
                ImportItem.Kind.SPACE);
    }

    /** A thread with where it is (read in one query: the test runs outside a transaction). */
    private record Found(long id, long spaceId, String spaceSlug, String boardName) {
    }

    private Found thread(String title) {
        Object[] row = em.createQuery("select t.id, s.id, s.slug, b.name from ForumThread t join t.board b join b.space s where t.title = :t"
                + " order by t.id desc", Object[].class).setParameter("t", title).setMaxResults(1).getSingleResult();
        return new Found((Long) row[0], (Long) row[1], (String) row[2], (String) row[3]);
    }

    private List<Post> posts(Found t) {
        return em.createQuery("select p from Post p where p.thread.id = :t order by p.path", Post.class).setParameter("t", t.id()).getResultList();
    }

    private List<String> files(Space space, String pageSlug) {
        return em.createQuery("select a.filename from Attachment a where a.page.space = :s and a.page.slug = :p order by a.filename", String.class)
                .setParameter("s", space).setParameter("p", pageSlug).getResultList();
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestData.serverBaseUrl() + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestData.DEMO_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void groupsBecomeSpacesWithTheirMembersAndTheirDiscussionsAndFilesAreStoredLinkedAndDownloadable() throws Exception {
        String target = newSpace(Visibility.PUBLIC);

        ImportJob dry = run(target, true);
        assertThat(dry.getState()).as(dry.getProblems().toString()).isEqualTo(ImportState.DONE);
        assertThat(dry.getSpaces()).hasSize(2);
        assertThat(dry.getSpaces().get(0)).contains("Stewards' circle").contains("invite only").contains("3 members");
        assertThat(dry.getSpaces().get(1)).contains("Garden & Allotments").contains("public").contains("4 members");
        assertThat(dry.getCounts()).containsEntry("spaces", 2).containsEntry("memberships", 7).containsEntry("threads", 4)
                .containsEntry("posts", 8).containsEntry("attachments", 7).containsEntry("pages", 3);
        assertThat(dry.getFailedCount()).isEqualTo(3);
        assertThat(spacesMadeFrom(target)).isZero();
        assertThat(count("select count(t) from ForumThread t where t.board.space.slug = :p0", target)).isZero();

        ImportJob job = await(imports.runAfterDryRun(ada(), dry.getId()).getId());
        assertThat(job.getState()).as(job.getProblems().toString()).isEqualTo(ImportState.DONE);
        assertThat(job.getCounts()).isEqualTo(dry.getCounts());
        assertThat(job.getSpaces()).hasSize(2);
        assertThat(job.getFailedCount()).isEqualTo(3);
        assertThat(job.getProblems()).anySatisfy(p -> assertThat(p).contains("seedlings.svg").contains("cannot be attached"))
                .anySatisfy(p -> assertThat(p).contains("../../../etc/passwd").contains("refused"))
                .anySatisfy(p -> assertThat(p).contains("lost.pdf").contains("missing from the archive"))
                .anySatisfy(p -> assertThat(p).contains("poster.jpg").contains("in the text of").contains("missing from the archive"))
                .anySatisfy(p -> assertThat(p).contains("2190123:BlogPost:2").contains("draft"));

        // spaces: visibility, description, members with their roles (the banned member left out), the importing admin
        Space stewards = spaceOf(target, PRIVATE_GROUP);
        Space garden = spaceOf(target, PUBLIC_GROUP);
        assertThat(stewards.getVisibility()).isEqualTo(Visibility.INVITE_ONLY);
        assertThat(stewards.getName()).isEqualTo("Stewards' circle");
        assertThat(stewards.getDescription()).isEqualTo("Private room for the network's stewards.");
        assertThat(garden.getVisibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(garden.getName()).isEqualTo("Garden & Allotments");
        assertThat(garden.getSlug()).startsWith("garden-allotments");
        assertThat(members(stewards)).containsExactlyInAnyOrder(tuple("Ana Popescu", Role.ADMIN), tuple("Bogdan Ionescu", Role.MEMBER),
                tuple("ada", Role.ADMIN));
        assertThat(members(garden)).containsExactlyInAnyOrder(tuple("Carla Mendes", Role.ADMIN), tuple("Dan Wu", Role.MEMBER),
                tuple("Ana Popescu", Role.MEMBER), tuple("ada", Role.ADMIN));

        // threads go to their group's space, on a board named after their category (else "Discussions")
        Found budget = thread("Retreat budget zqstewardsonly");
        assertThat(budget.spaceId()).isEqualTo(stewards.getId());
        assertThat(budget.boardName()).isEqualTo("Discussions");
        Found seedlings = thread("Seedlings for spring");
        assertThat(seedlings.spaceId()).isEqualTo(garden.getId());
        assertThat(seedlings.boardName()).isEqualTo("Vegetables");
        Found swap = thread("Network-wide swap meet");
        assertThat(swap.spaceSlug()).isEqualTo(target);
        assertThat(swap.boardName()).isEqualTo("General");
        Found blog = thread("Our first year");
        assertThat(blog.spaceSlug()).isEqualTo(target);
        assertThat(blog.boardName()).isEqualTo("Blog");

        // files: a post's files on its space's "Files imported from Ning" page, linked from the post (images inline)
        String filesBase = "/s/" + stewards.getSlug() + "/wiki/ning-files/files/";
        assertThat(files(stewards, "ning-files")).containsExactly("diagram.png", "minutes.txt");
        List<Post> budgetPosts = posts(budget);
        assertThat(budgetPosts.get(0).getMarkdown()).contains("![diagram.png](" + filesBase + "diagram.png)")
                .contains("[minutes.txt](" + filesBase + "minutes.txt)").contains("lost.pdf (missing from the archive)")
                .doesNotContain("?x=1").doesNotContain("xn_auth");
        assertThat(budgetPosts.get(0).getHtml()).contains("<img src=\"" + filesBase + "diagram.png\"")
                .contains("<a href=\"" + filesBase + "minutes.txt\"");
        assertThat(budgetPosts.get(2).getMarkdown()).contains("![diagram.png](" + filesBase + "diagram.png)");
        assertThat(posts(seedlings).get(0).getMarkdown()).contains("seedlings.svg (not imported: ").contains("(refused: its path leaves the archive)");
        assertThat(files(garden, "ning-files")).isEmpty();
        Space targetSpace = spaces.findBySlug(target).orElseThrow();
        assertThat(files(targetSpace, "ning-files")).containsExactly("diagram-2.png", "diagram.png", "stall.png", "swap-rules.pdf");
        assertThat(posts(blog).get(0).getMarkdown()).contains("![diagram-2.png](/s/" + target + "/wiki/ning-files/files/diagram-2.png)");
        Page filesPage = em.createQuery("select p from Page p where p.space = :s and p.slug = 'ning-files'", Page.class)
                .setParameter("s", targetSpace).getSingleResult();
        assertThat(filesPage.getTitle()).isEqualTo("Files imported from Ning");
        // a note's files on the note's own page
        assertThat(files(targetSpace, "allotment-rules")).containsExactly("rules.txt");
        String rulesUrl = "/s/" + target + "/wiki/allotment-rules/files/rules.txt";
        Revision note = em.createQuery("select r from Revision r where r.page.space = :s and r.page.slug = 'allotment-rules'", Revision.class)
                .setParameter("s", targetSpace).getSingleResult();
        assertThat(note.getMarkdown()).contains("[rules.txt](" + rulesUrl + ")").contains("Or [read them here](" + rulesUrl + ")");

        // images and links inside Ning's HTML that point into the archive: stored like the listed files, linked in place
        String targetFiles = "/s/" + target + "/wiki/ning-files/files/";
        Post swapPost = posts(swap).get(0);
        assertThat(swapPost.getMarkdown()).contains("![Our stall last year](" + targetFiles + "stall.png)")
                .contains("Read the [swap rules](" + targetFiles + "swap-rules.pdf) first")
                .contains("[the swap page](https://example.org/swap)").contains("poster (missing from the archive: poster.jpg)")
                .doesNotContain("width=").doesNotContain("xn_auth").doesNotContain("discussions/attachments");
        String threadPage = text(get("/t/" + swap.id(), null));
        assertThat(threadPage).contains("<img src=\"" + targetFiles + "stall.png\" alt=\"Our stall last year\"")
                .contains("<a href=\"" + targetFiles + "swap-rules.pdf\"").contains("https://example.org/swap");
        HttpResponse<byte[]> stall = get(targetFiles + "stall.png", null);
        assertThat(stall.statusCode()).isEqualTo(200);
        assertThat(stall.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        assertThat(stall.body()).isEqualTo(resource("imports/ning/stall.png"));
        assertThat(get(targetFiles + "swap-rules.pdf", null).statusCode()).isEqualTo(200);

        // downloads: a public file for anyone; the private group's file only for its members
        HttpResponse<byte[]> rules = get(rulesUrl, null);
        assertThat(rules.statusCode()).isEqualTo(200);
        assertThat(rules.body()).isEqualTo(resource("imports/ning/rules.txt"));
        assertThat(get(filesBase + "diagram.png", null).statusCode()).isEqualTo(404);
        assertThat(get(filesBase + "diagram.png", "otto").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> image = get(filesBase + "diagram.png", "ada");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");

        // the private group's thread: 404 for outsiders on the page, the API and in search; there for members
        for (String outsider : new String[] {null, "otto", "mia"}) {
            assertThat(get("/t/" + budget.id(), outsider).statusCode()).as("page for " + outsider).isEqualTo(404);
            assertThat(get("/api/v1/threads/" + budget.id(), outsider).statusCode()).as("API for " + outsider).isEqualTo(404);
            assertThat(get("/api/v1/spaces/" + stewards.getSlug() + "/boards", outsider).statusCode()).isEqualTo(404);
            String hits = text(get("/api/v1/search?q=" + URLEncoder.encode("zqstewardsonly", StandardCharsets.UTF_8), outsider));
            assertThat(hits).as("search for " + outsider).contains("\"total\":0").doesNotContain("Retreat budget");
        }
        assertThat(get("/api/v1/threads/" + budget.id(), "ada").statusCode()).isEqualTo(200);
        assertThat(text(get("/api/v1/search?q=zqstewardsonly", "ada"))).doesNotContain("\"total\":0").contains("Retreat budget");
        assertThat(get("/api/v1/threads/" + seedlings.id(), null).statusCode()).isEqualTo(200);

        // a re-run makes nothing: no item, no space, no membership, no attachment
        long attachments = count("select count(a) from Attachment a");
        long memberships = count("select count(m) from Membership m");
        long spaceCount = count("select count(s) from Space s");
        ImportJob again = run(target, false);
        assertThat(again.getState()).isEqualTo(ImportState.DONE);
        assertThat(again.getCreatedCount()).isZero();
        assertThat(again.getCounts()).isEmpty();
        assertThat(again.getSpaces()).isEmpty();
        // 4 members, 2 spaces, 4 threads with 8 posts, the note and its revision
        assertThat(again.getSkippedCount()).isEqualTo(4 + 2 + 4 + 8 + 1 + 1);
        assertThat(count("select count(a) from Attachment a")).isEqualTo(attachments);
        assertThat(count("select count(m) from Membership m")).isEqualTo(memberships);
        assertThat(count("select count(s) from Space s")).isEqualTo(spaceCount);
        assertThat(spacesMadeFrom(target)).isEqualTo(2);
    }

    private List<org.assertj.core.groups.Tuple> members(Space space) {
        return em.createQuery("select m from Membership m join fetch m.account where m.space = :s", Membership.class).setParameter("s", space)
                .getResultList().stream().map(m -> tuple(m.getAccount().getUsername().equals("ada") ? "ada" : m.getAccount().getDisplayName(),
                        m.getRole())).toList();
    }

    @Test
    void aPublicGroupTakesTheTargetSpaceVisibilityAndAPrivateOneIsAlwaysInviteOnly() throws Exception {
        String target = newSpace(Visibility.MEMBERS);
        ImportJob dry = run(target, true);
        assertThat(dry.getState()).isEqualTo(ImportState.DONE);
        assertThat(dry.getSpaces()).satisfiesExactly(s -> assertThat(s).contains("Stewards' circle").contains("invite only"),
                s -> assertThat(s).contains("Garden & Allotments").contains("members only"));
        assertThat(spacesMadeFrom(target)).isZero();
    }
}
