package org.commonplace.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Threads, reply trees and double submits against the real database. */
@ExtendWith(ArquillianExtension.class)
class ForumServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ForumServiceIT.class);
    }

    @Inject
    ForumService forum;

    @Inject
    SpaceService spaces;

    @Inject
    Viewers viewers;

    @Inject
    org.commonplace.wiki.WikiService wiki;

    @Inject
    org.commonplace.audit.AuditLog audit;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Resource
    ManagedExecutorService executor;

    private Viewer ada() {
        return viewers.byUsername("ada").orElseThrow();
    }

    private String[] newBoard(Visibility visibility) {
        String space = "forum-" + TestData.unique();
        spaces.create(ada(), space, "Forum test", "", visibility);
        forum.createBoard(ada(), space, "talk", "Talk", "", false);
        return new String[] {space, "talk"};
    }

    @Test
    void aThreadReadsInTreeOrder() {
        String[] b = newBoard(Visibility.PUBLIC);
        ForumThread thread = forum.startThread(ada(), b[0], b[1], "Tree", "opening", null);
        long opening = forum.thread(ada(), thread.getId()).posts().get(0).post().getId();
        Post first = forum.reply(ada(), thread.getId(), opening, "first answer", null);
        Post second = forum.reply(ada(), thread.getId(), opening, "second answer", null);
        Post nested = forum.reply(ada(), thread.getId(), first.getId(), "answer to the first", null);
        List<String> order = forum.thread(ada(), thread.getId()).posts().stream().map(p -> p.post().getMarkdown()).toList();
        assertThat(order).containsExactly("opening", "first answer", "answer to the first", "second answer");
        assertThat(forum.thread(ada(), thread.getId()).posts().get(2).post().getDepth()).isEqualTo(2);
        assertThat(nested.getParentId()).isEqualTo(first.getId());
        assertThat(second.getDepth()).isEqualTo(1);
    }

    @Test
    void tenConcurrentIdenticalSubmitsCreateOnePost() throws Exception {
        String[] b = newBoard(Visibility.PUBLIC);
        ForumThread thread = forum.startThread(ada(), b[0], b[1], "Double submit", "opening", null);
        String key = "form-" + TestData.unique();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        Viewer viewer = ada();
        for (int i = 0; i < 10; i++) {
            Callable<Long> task = () -> {
                start.await();
                return forum.reply(viewer, thread.getId(), null, "only once", key).getId();
            };
            results.add(executor.submit(task));
        }
        start.countDown();
        List<Long> ids = new ArrayList<>();
        for (Future<Long> f : results) {
            ids.add(f.get());
        }
        assertThat(ids).as("every submit answers with the same post").containsOnly(ids.get(0));
        assertThat(forum.thread(ada(), thread.getId()).posts()).filteredOn(p -> p.post().getMarkdown().equals("only once")).hasSize(1);
        assertThat(forum.thread(ada(), thread.getId()).thread().getPostCount()).isEqualTo(2);
    }

    @Test
    void badRepliesAreRefusedAndChangeNothing() {
        String[] b = newBoard(Visibility.PUBLIC);
        ForumThread one = forum.startThread(ada(), b[0], b[1], "One", "first thread", null);
        ForumThread two = forum.startThread(ada(), b[0], b[1], "Two", "second thread", null);
        long postOfTwo = forum.thread(ada(), two.getId()).posts().get(0).post().getId();
        assertThatThrownBy(() -> forum.reply(ada(), one.getId(), postOfTwo, "cross", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> forum.reply(ada(), one.getId(), 999_999_999L, "unknown", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> forum.reply(ada(), one.getId(), null, "   ", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> forum.reply(ada(), one.getId(), null, "x".repeat(Post.MARKDOWN_MAX + 1), null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(forum.thread(ada(), one.getId()).posts()).hasSize(1);
    }

    @Test
    void aLockedThreadTakesNoReplies() {
        String[] b = newBoard(Visibility.PUBLIC);
        ForumThread thread = forum.startThread(ada(), b[0], b[1], "Locked", "opening", null);
        forum.lock(ada(), thread.getId(), true);
        assertThatThrownBy(() -> forum.reply(ada(), thread.getId(), null, "too late", null)).isInstanceOf(ConflictException.class);
        assertThat(forum.thread(ada(), thread.getId()).canReply()).isFalse();
    }

    @Test
    void anInviteOnlyThreadIsNotFoundForOutsiders() {
        String[] b = newBoard(Visibility.INVITE_ONLY);
        ForumThread thread = forum.startThread(ada(), b[0], b[1], "Hidden", "secret", null);
        Viewer otto = viewers.byUsername("otto").orElseThrow();
        assertThatThrownBy(() -> forum.thread(otto, thread.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> forum.thread(Viewer.anonymous(), thread.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> forum.reply(otto, thread.getId(), null, "hello", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> forum.thread(otto, 987_654_321L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPageHasOneDiscussionThreadThatLinksBack() {
        String space = "disc-" + TestData.unique();
        spaces.create(ada(), space, "Discussion test", "", Visibility.PUBLIC);
        wiki.save(ada(), space, null, new org.commonplace.wiki.Edit("Talked About", "text", "", false, 0));
        assertThat(forum.discussionOf(ada(), space, "talked-about")).isEmpty();
        ForumThread first = forum.discuss(ada(), space, "talked-about");
        ForumThread again = forum.discuss(viewers.byUsername("mia").orElseThrow(), space, "talked-about");
        assertThat(again.getId()).isEqualTo(first.getId());
        ThreadView view = forum.thread(ada(), first.getId());
        assertThat(view.discussedPage().getSlug()).isEqualTo("talked-about");
        assertThat(view.posts().get(0).html()).contains("href=\"/s/" + space + "/wiki/talked-about\"");
        assertThat(forum.discussionOf(Viewer.anonymous(), space, "talked-about")).map(ForumThread::getId).contains(first.getId());
    }

    @Test
    void editsKeepEarlierTextsAndDeletingLeavesAPlaceholder() {
        String[] b = newBoard(Visibility.PUBLIC);
        Viewer mia = viewers.byUsername("mia").orElseThrow();
        ForumThread thread = forum.startThread(ada(), b[0], b[1], "Edits", "opening", null);
        Post post = forum.reply(mia, thread.getId(), null, "first words", null);
        forum.editPost(mia, post.getId(), "better words");
        ThreadView.PostView view = forum.thread(ada(), thread.getId()).posts().get(1);
        assertThat(view.post().getMarkdown()).isEqualTo("better words");
        assertThat(view.post().getEditedAt()).isNotNull();
        assertThat(view.edits()).extracting(PostEdit::getMarkdown).containsExactly("first words");
        assertThatThrownBy(() -> forum.editPost(ada(), post.getId(), "not mine")).isInstanceOf(org.commonplace.shared.ForbiddenException.class);
        forum.reply(ada(), thread.getId(), post.getId(), "an answer to mia", null);
        forum.deletePost(mia, post.getId());
        ThreadView after = forum.thread(ada(), thread.getId());
        assertThat(after.posts()).hasSize(3);
        assertThat(after.posts().get(1).textVisible()).isFalse();
        assertThat(after.posts().get(1).html()).contains("deleted").doesNotContain("better words");
        assertThat(after.posts().get(2).post().getParentId()).isEqualTo(post.getId());
    }

    @Test
    void aReaderMarksAPostHelpfulOnce() {
        String[] b = newBoard(Visibility.PUBLIC);
        ForumThread thread = forum.startThread(ada(), b[0], b[1], "Helpful", "opening", null);
        long opening = forum.thread(ada(), thread.getId()).posts().get(0).post().getId();
        Viewer mia = viewers.byUsername("mia").orElseThrow();
        Viewer edith = viewers.byUsername("edith").orElseThrow();
        assertThat(forum.toggleHelpful(mia, opening)).isTrue();
        assertThat(forum.toggleHelpful(edith, opening)).isTrue();
        assertThat(forum.thread(mia, thread.getId()).posts().get(0).post().getHelpfulCount()).isEqualTo(2);
        assertThat(forum.thread(mia, thread.getId()).posts().get(0).helpedByViewer()).isTrue();
        assertThat(forum.toggleHelpful(mia, opening)).isFalse();
        assertThat(forum.thread(mia, thread.getId()).posts().get(0).post().getHelpfulCount()).isEqualTo(1);
        assertThatThrownBy(() -> forum.toggleHelpful(ada(), opening)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void moderatorsHideAndMoveWithAnAuditTrail() {
        String[] b = newBoard(Visibility.PUBLIC);
        forum.createBoard(ada(), b[0], "elsewhere", "Elsewhere", "", false);
        ForumThread thread = forum.startThread(ada(), b[0], b[1], "Moderation", "opening", null);
        Viewer mia = viewers.byUsername("mia").orElseThrow();
        Post rude = forum.reply(mia, thread.getId(), null, "something rude", null);
        assertThatThrownBy(() -> forum.hidePost(mia, rude.getId(), "no")).isInstanceOf(org.commonplace.shared.ForbiddenException.class);
        forum.hidePost(ada(), rude.getId(), "Off topic & rude <b>");
        ThreadView forOtto = forum.thread(viewers.byUsername("otto").orElseThrow(), thread.getId());
        assertThat(forOtto.posts().get(1).html()).contains("Off topic &amp; rude &lt;b&gt;").doesNotContain("something rude");
        assertThat(forum.thread(ada(), thread.getId()).posts().get(1).html()).contains("something rude");
        forum.lock(ada(), thread.getId(), true);
        forum.pin(ada(), thread.getId(), true);
        forum.moveThread(ada(), thread.getId(), "elsewhere");
        assertThat(forum.thread(ada(), thread.getId()).board().getSlug()).isEqualTo("elsewhere");
        long spaceId = spaces.findBySlug(b[0]).orElseThrow().getId();
        assertThat(audit.list(spaceId, new org.commonplace.shared.PageRequest(1, 50)).items()).extracting(org.commonplace.audit.AuditEntry::getAction)
                .contains("post.hide", "thread.move", "thread.lock", "thread.pin");
        assertThat(spaces.auditLog(ada(), b[0], new org.commonplace.shared.PageRequest(1, 50)).total()).isGreaterThanOrEqualTo(4);
        assertThatThrownBy(() -> spaces.auditLog(mia, b[0], new org.commonplace.shared.PageRequest(1, 50)))
                .isInstanceOf(org.commonplace.shared.ForbiddenException.class);
    }

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction tx;

    /**
     * A thread of {@code size} posts written straight into the database (the service would take minutes for
     * thousands): a chain twelve levels deep under the opening post, then replies to earlier posts chosen by a
     * fixed rule, so the tree branches, with a wiki link in every post.
     */
    private ForumThread bulkThread(String[] board, int size) throws Exception {
        ForumThread thread = forum.startThread(ada(), board[0], board[1], "Bulk " + size, "opening [[Some Page]]", null);
        Viewer ada = ada();
        tx.begin();
        ForumThread managed = em.find(ForumThread.class, thread.getId());
        List<Post> posts = new ArrayList<>();
        posts.add(em.createQuery("select p from Post p where p.thread = :t", Post.class).setParameter("t", managed).getSingleResult());
        java.util.Random random = new java.util.Random(size);
        java.time.Instant at = java.time.Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 1; i < size; i++) {
            Post parent = i <= 12 ? posts.get(i - 1) : posts.get(random.nextInt(posts.size()));
            if (parent.getDepth() >= 30) {
                parent = posts.get(0);
            }
            Post post = new Post(managed, parent, ada.accountId(), ada.username(), "reply " + i + " [[Page " + i + "]]",
                    "<p>reply " + i + "</p>", org.commonplace.markup.MarkupRenderer.RENDERER_VERSION, at.plusSeconds(i), null);
            em.persist(post);
            post.placeUnder(parent);
            managed.posted(at.plusSeconds(i));
            posts.add(post);
            if (i % 200 == 0) {
                em.flush();
                em.clear();
                managed = em.find(ForumThread.class, thread.getId());
                posts = new ArrayList<>(em.createQuery("select p from Post p where p.thread = :t order by p.id", Post.class)
                        .setParameter("t", managed).getResultList());
            }
        }
        tx.commit();
        return thread;
    }

    @Test
    void aLongThreadIsReadPageByPageAndAPostLandsOnItsPage() throws Exception {
        String[] b = newBoard(Visibility.PUBLIC);
        ForumThread thread = bulkThread(b, 130);
        List<Long> treeOrder = forum.thread(ada(), thread.getId()).posts().stream()
                .filter(p -> p.post().getDepth() <= ThreadWindow.LEVELS).map(p -> p.post().getId()).toList();

        ThreadView first = forum.thread(ada(), thread.getId(), ThreadWindow.page(false, null, null, 1));
        assertThat(first.pageCount()).isEqualTo((treeOrder.size() + ThreadWindow.PAGE_SIZE - 1) / ThreadWindow.PAGE_SIZE);
        assertThat(first.shownPosts()).isEqualTo(treeOrder.size());
        assertThat(first.posts()).hasSize(ThreadWindow.PAGE_SIZE);
        assertThat(first.posts().get(0).post().getId()).isEqualTo(first.openingPostId());
        List<Long> paged = new ArrayList<>();
        for (int page = 1; page <= first.pageCount(); page++) {
            ThreadView view = forum.thread(ada(), thread.getId(), ThreadWindow.page(false, null, null, page));
            assertThat(view.page()).isEqualTo(page);
            view.posts().forEach(p -> paged.add(p.post().getId()));
        }
        assertThat(paged).as("pages together give the tree order, each post once").isEqualTo(treeOrder);
        assertThat(forum.thread(ada(), thread.getId(), ThreadWindow.page(false, null, null, 99)).page()).isEqualTo(first.pageCount());

        long late = treeOrder.get(treeOrder.size() - 3);
        ThreadView landed = forum.thread(ada(), thread.getId(), ThreadWindow.page(false, null, late, null));
        assertThat(landed.page()).isEqualTo(first.pageCount());
        assertThat(landed.shows(late)).isTrue();

        ThreadView flat = forum.thread(ada(), thread.getId(), ThreadWindow.page(true, null, late, null));
        assertThat(flat.shows(late)).isTrue();
        assertThat(flat.shownPosts()).isEqualTo(130);
        assertThat(flat.posts()).isSortedAccordingTo(java.util.Comparator.comparing((ThreadView.PostView p) -> p.post().getCreatedAt()));
    }

    @Test
    void deepBranchesContinueOnTheirOwnViewAndDeepPostsLandThere() {
        String[] b = newBoard(Visibility.PUBLIC);
        ForumThread thread = forum.startThread(ada(), b[0], b[1], "Deep", "opening", null);
        long parent = forum.thread(ada(), thread.getId()).openingPostId();
        List<Long> chain = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            parent = forum.reply(ada(), thread.getId(), parent, "level " + i, null).getId();
            chain.add(parent);
        }
        long atEight = chain.get(7);
        ThreadView whole = forum.thread(ada(), thread.getId(), ThreadWindow.page(false, null, null, 1));
        assertThat(whole.posts()).hasSize(9);
        assertThat(whole.continued()).containsExactly(java.util.Map.entry(atEight, 11L));

        ThreadView branch = forum.thread(ada(), thread.getId(), ThreadWindow.page(false, atEight, null, 1));
        assertThat(branch.branchRoot().getId()).isEqualTo(atEight);
        assertThat(branch.posts()).extracting(p -> p.post().getMarkdown()).first().isEqualTo("level 8");
        assertThat(branch.posts()).hasSize(9);
        assertThat(branch.relativeDepth(branch.posts().get(8).post())).isEqualTo(8);
        assertThat(branch.continued()).containsExactly(java.util.Map.entry(chain.get(15), 3L));

        ThreadView deepest = forum.thread(ada(), thread.getId(), ThreadWindow.page(false, null, chain.get(18), null));
        assertThat(deepest.branchRoot().getId()).isEqualTo(chain.get(15));
        assertThat(deepest.shows(chain.get(18))).isTrue();
        assertThat(forum.thread(ada(), thread.getId()).posts()).as("the API's whole thread is never cut").hasSize(20);
    }

    @Test
    void theThreadViewCostsTheSameNumberOfQueriesForTenOrTwoThousandPosts() throws Exception {
        String[] b = newBoard(Visibility.PUBLIC);
        ForumThread small = bulkThread(b, 14);
        ForumThread large = bulkThread(b, 2000);
        org.hibernate.stat.Statistics stats = em.getEntityManagerFactory().unwrap(org.hibernate.SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        try {
            Viewer mia = viewers.byUsername("mia").orElseThrow();
            forum.thread(mia, small.getId(), ThreadWindow.page(false, null, null, 1));
            stats.clear();
            forum.thread(mia, small.getId(), ThreadWindow.page(false, null, null, 1));
            long smallQueries = stats.getPrepareStatementCount();
            stats.clear();
            long started = System.nanoTime();
            ThreadView view = forum.thread(mia, large.getId(), ThreadWindow.page(false, null, null, 1));
            long micros = (System.nanoTime() - started) / 1000;
            long largeQueries = stats.getPrepareStatementCount();
            stats.clear();
            long lastPost = forum.thread(mia, large.getId(), ThreadWindow.page(true, null, null, 99)).newestPostId();
            stats.clear();
            ThreadView landed = forum.thread(mia, large.getId(), ThreadWindow.page(false, null, lastPost, null));
            long focusQueries = stats.getPrepareStatementCount();
            System.out.printf("thread view: %d statements for %d posts, %d for %d posts (%d µs), %d landing on post %d (page %d of %d)%n",
                    smallQueries, 14, largeQueries, 2000, micros, focusQueries, lastPost, landed.page(), landed.pageCount());
            assertThat(large.getId()).isNotEqualTo(small.getId());
            assertThat(view.posts()).hasSize(ThreadWindow.PAGE_SIZE);
            assertThat(view.continued()).isNotEmpty();
            assertThat(landed.shows(lastPost)).isTrue();
            assertThat(largeQueries).as("statements for 2,000 posts vs 14 posts (" + smallQueries + ")").isEqualTo(smallQueries);
            assertThat(focusQueries).as("landing on a post costs a few more statements, not one per post").isLessThanOrEqualTo(smallQueries + 3);
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    @Test
    void theAskerMarksOneAnswerOnAQuestionBoard() {
        String space = "qa-" + TestData.unique();
        spaces.create(ada(), space, "Questions test", "", Visibility.PUBLIC);
        forum.createBoard(ada(), space, "help", "Help", "", true);
        forum.createBoard(ada(), space, "chat", "Chat", "", false);
        Viewer mia = viewers.byUsername("mia").orElseThrow();
        Viewer edith = viewers.byUsername("edith").orElseThrow();
        ForumThread question = forum.startThread(mia, space, "help", "How?", "How do I start?", null);
        Post first = forum.reply(edith, question.getId(), null, "Like this.", null);
        Post second = forum.reply(edith, question.getId(), null, "Or like that.", null);
        assertThatThrownBy(() -> forum.toggleAnswer(edith, first.getId())).isInstanceOf(org.commonplace.shared.ForbiddenException.class);
        assertThat(forum.toggleAnswer(mia, first.getId())).isTrue();
        assertThat(forum.toggleAnswer(mia, second.getId())).isTrue();
        assertThat(forum.thread(mia, question.getId()).thread().getAnswerPostId()).isEqualTo(second.getId());
        assertThat(forum.threads(mia, space, "help", true, new org.commonplace.shared.PageRequest(1, 10)).total()).isEqualTo(1);
        assertThat(forum.threads(mia, space, "help", false, new org.commonplace.shared.PageRequest(1, 10)).total()).isZero();
        long opening = forum.thread(mia, question.getId()).posts().get(0).post().getId();
        assertThatThrownBy(() -> forum.toggleAnswer(mia, opening)).isInstanceOf(InvalidInputException.class);
        ForumThread chat = forum.startThread(mia, space, "chat", "Chat", "hi", null);
        Post reply = forum.reply(edith, chat.getId(), null, "hello", null);
        assertThatThrownBy(() -> forum.toggleAnswer(mia, reply.getId())).isInstanceOf(InvalidInputException.class);
    }
}
