package org.commonplace.seed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonplace.forum.ForumThread;
import org.commonplace.space.Role;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The full packaged seed (demo mode) against the real database: what start-up applied matches the files, and
 * seeding the whole content twice creates it once and then nothing. The twice-run uses a copy of the content
 * with renamed space slugs, so it starts from nothing whatever other tests did to the seeded spaces.
 */
@ExtendWith(ArquillianExtension.class)
class SeedIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SeedIT.class);
    }

    @Inject
    SeedService seeds;

    @PersistenceContext
    EntityManager em;

    /** What the files hold for a set of spaces. */
    private record Totals(long spaces, long boards, long pages, long threads, long posts, long answered, long memberships) {

        static Totals of(SeedContent content) {
            long boards = 0, pages = 0, threads = 0, posts = 0, answered = 0;
            for (SeedContent.SpaceSeed s : content.spaces()) {
                pages += s.pages().size();
                boards += s.boards().size();
                for (SeedContent.BoardSeed b : s.boards()) {
                    threads += b.threads().size();
                    for (SeedContent.ThreadSeed t : b.threads()) {
                        posts += t.posts().size();
                        answered += t.answer() == null ? 0 : 1;
                    }
                }
            }
            long memberships = content.demoAccounts().stream().mapToLong(a -> a.memberships().size()).sum();
            return new Totals(content.spaces().size(), boards, pages, threads, posts, answered, memberships);
        }
    }

    private Totals stored(List<String> spaceSlugs) {
        return new Totals(
                count("select count(s) from Space s where s.slug in :slugs", spaceSlugs),
                count("select count(b) from Board b where b.space.slug in :slugs", spaceSlugs),
                count("select count(p) from Page p where p.space.slug in :slugs and p.deleted = false", spaceSlugs),
                count("select count(t) from ForumThread t where t.board.space.slug in :slugs", spaceSlugs),
                count("select count(p) from Post p where p.thread.board.space.slug in :slugs", spaceSlugs),
                count("select count(t) from ForumThread t where t.board.space.slug in :slugs and t.answerPostId is not null", spaceSlugs),
                count("select count(m) from Membership m where m.space.slug in :slugs", spaceSlugs));
    }

    private long count(String jpql, List<String> slugs) {
        return em.createQuery(jpql, Long.class).setParameter("slugs", slugs).getSingleResult();
    }

    /** The packaged content with every space slug given a suffix, memberships following their spaces. */
    private static SeedContent renamed(SeedContent content, String suffix) {
        List<SeedContent.SpaceSeed> spaces = new ArrayList<>();
        for (SeedContent.SpaceSeed s : content.spaces()) {
            spaces.add(new SeedContent.SpaceSeed(s.slug() + "-" + suffix, s.name() + " " + suffix, s.description(), s.visibility(),
                    s.pages(), s.boards()));
        }
        List<SeedContent.AccountSeed> accounts = new ArrayList<>();
        for (SeedContent.AccountSeed a : content.demoAccounts()) {
            Map<String, Role> memberships = new LinkedHashMap<>();
            a.memberships().forEach((space, role) -> memberships.put(space + "-" + suffix, role));
            accounts.add(new SeedContent.AccountSeed(a.username(), a.displayName(), a.email(), a.siteAdmin(), memberships));
        }
        return new SeedContent(spaces, content.demoPassword(), accounts);
    }

    @Test
    void seedingTheFullContentTwiceCreatesItOnceAndThenNothing() {
        SeedContent content = renamed(SeedReader.readPackaged(true), TestData.unique());
        List<String> slugs = content.spaces().stream().map(SeedContent.SpaceSeed::slug).toList();
        Totals files = Totals.of(content);
        assertThat(stored(slugs)).isEqualTo(new Totals(0, 0, 0, 0, 0, 0, 0));

        SeedService.Report first = seeds.apply(content);
        SeedService.Report firstThreads = seeds.applyThreads(content);
        assertThat(first.applied()).isEqualTo(files.spaces() + files.boards() + files.pages() + files.memberships());
        assertThat(firstThreads.applied()).isEqualTo(files.threads());
        assertThat(stored(slugs)).isEqualTo(files);

        long allPosts = em.createQuery("select count(p) from Post p", Long.class).getSingleResult();
        SeedService.Report second = seeds.apply(content);
        SeedService.Report secondThreads = seeds.applyThreads(content);
        assertThat(second.applied()).isZero();
        assertThat(secondThreads.applied()).isZero();
        assertThat(second.skipped() + secondThreads.skipped())
                .isEqualTo(first.applied() + first.skipped() + firstThreads.applied());
        assertThat(stored(slugs)).isEqualTo(files);
        assertThat(em.createQuery("select count(p) from Post p", Long.class).getSingleResult()).isEqualTo(allPosts);
    }

    @Test
    void startUpSeededTheToolkitAndTheCircleAsTheFilesSay() {
        SeedContent content = SeedReader.readPackaged(true);
        for (SeedContent.SpaceSeed s : content.spaces()) {
            for (SeedContent.PageSeed p : s.pages()) {
                assertThat(count("select count(p) from Page p where p.space.slug in :slugs and p.slug = '" + p.slug() + "'", List.of(s.slug())))
                        .as(s.slug() + "/" + p.slug()).isEqualTo(1);
            }
            for (SeedContent.BoardSeed b : s.boards()) {
                for (SeedContent.ThreadSeed t : b.threads()) {
                    List<ForumThread> found = em.createQuery("select t from ForumThread t where t.board.space.slug = :s and t.board.slug = :b"
                            + " and t.title = :title", ForumThread.class).setParameter("s", s.slug()).setParameter("b", b.slug())
                            .setParameter("title", t.title()).getResultList();
                    assertThat(found).as(t.file()).hasSize(1);
                    assertThat(em.createQuery("select count(p) from Post p where p.thread = :t", Long.class).setParameter("t", found.get(0))
                            .getSingleResult()).as(t.file()).isEqualTo(t.posts().size());
                    assertThat(found.get(0).getAnswerPostId() != null).as(t.file() + " answered").isEqualTo(t.answer() != null);
                }
            }
        }
        // Nothing else writes to these two spaces, so their totals are exactly the files'.
        List<SeedContent.SpaceSeed> mine = content.spaces().stream().filter(s -> s.slug().equals("toolkit") || s.slug().equals("circle")).toList();
        Totals files = Totals.of(new SeedContent(mine, content.demoPassword(), List.of()));
        Totals stored = stored(List.of("toolkit", "circle"));
        assertThat(new Totals(stored.spaces(), stored.boards(), stored.pages(), stored.threads(), stored.posts(), stored.answered(), 0))
                .isEqualTo(files);
        assertThat(stored.memberships()).isEqualTo(content.demoAccounts().stream()
                .mapToLong(a -> a.memberships().keySet().stream().filter(k -> k.equals("toolkit") || k.equals("circle")).count()).sum());
    }
}
