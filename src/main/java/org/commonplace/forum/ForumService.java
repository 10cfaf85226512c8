package org.commonplace.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.commonplace.audit.AuditLog;
import org.commonplace.markup.HtmlText;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.Action;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.WikiLinkStates;
import org.commonplace.wiki.WikiService;

/**
 * Boards, threads and posts. Reading asks {@link SpaceAccess} for SEE, writing for POST; a thread in a space
 * the reader may not see is reported exactly like a missing one. Posting is idempotent per key: a repeated
 * submit (double click, retry, re-POST) answers with the post the first one created. The post itself is
 * written by {@link PostWriter} in a transaction of its own, so a lost race on the key's unique constraint
 * is caught here and answered with the winner.
 */
@ApplicationScoped
@Transactional
public class ForumService {

    public static final int MAX_IDEMPOTENCY_KEY = 80;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    @Inject
    PostWriter writer;

    @Inject
    WikiLinkStates linkStates;

    @Inject
    AuditLog audit;

    @Inject
    WikiService wiki;

    /** The boards of a space in their order. */
    public List<Board> boards(Viewer viewer, String spaceSlug) {
        Space space = spaces.get(viewer, spaceSlug);
        return em.createQuery("select b from Board b where b.space = :s order by b.position, b.name", Board.class)
                .setParameter("s", space).getResultList();
    }

    public Board board(Viewer viewer, String spaceSlug, String boardSlug) {
        Space space = spaces.get(viewer, spaceSlug);
        return findBoard(space, boardSlug).orElseThrow(() -> new NotFoundException("There is no board \"" + boardSlug + "\" here."));
    }

    /** Threads of a board: pinned first, then by last activity. */
    public Paged<ForumThread> threads(Viewer viewer, String spaceSlug, String boardSlug, PageRequest request) {
        return threads(viewer, spaceSlug, boardSlug, null, request);
    }

    /** Threads of a board, on question boards optionally only the answered ({@code true}) or unanswered ones. */
    public Paged<ForumThread> threads(Viewer viewer, String spaceSlug, String boardSlug, Boolean answered, PageRequest request) {
        Board board = board(viewer, spaceSlug, boardSlug);
        String filter = answered == null ? "" : answered ? " and t.answerPostId is not null" : " and t.answerPostId is null";
        List<ForumThread> items = em.createQuery("select t from ForumThread t where t.board = :b" + filter
                + " order by t.pinned desc, t.lastActivityAt desc, t.id desc", ForumThread.class)
                .setParameter("b", board).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(t) from ForumThread t where t.board = :b" + filter, Long.class)
                .setParameter("b", board).getSingleResult();
        return new Paged<>(items, total, request);
    }

    /** Creates a board (space administrators; the seed). */
    public Board createBoard(Viewer viewer, String spaceSlug, String slug, String name, String description, boolean questions) {
        Space space = spaces.get(viewer, spaceSlug);
        access.require(viewer, space, Action.ADMINISTER);
        if (findBoard(space, slug).isPresent()) {
            throw new ConflictException("This space has a board \"" + slug + "\" already.");
        }
        long position = em.createQuery("select count(b) from Board b where b.space = :s", Long.class).setParameter("s", space).getSingleResult();
        Board board = new Board(space, slug, name, description, (int) position, questions, clock.instant());
        em.persist(board);
        return board;
    }

    /** Starts a thread with its opening post. */
    public ForumThread startThread(Viewer viewer, String spaceSlug, String boardSlug, String title, String markdown, String idempotencyKey) {
        String key = scopedKey(viewer, idempotencyKey);
        Optional<Post> earlier = findByKey(key);
        if (earlier.isPresent()) {
            return earlier.get().getThread();
        }
        Board board = board(viewer, spaceSlug, boardSlug);
        access.require(viewer, board.getSpace(), Action.POST);
        String text = requireBody(markdown);
        String t = ForumThread.requireTitle(title);
        try {
            return writer.startThread(viewer, board.getId(), t, text, key).getThread();
        } catch (RuntimeException e) {
            return findByKey(key).map(Post::getThread).orElseThrow(() -> e);
        }
    }

    /** Adds a post to a thread, answering {@code parentId} (or the thread as a whole when null). */
    public Post reply(Viewer viewer, long threadId, Long parentId, String markdown, String idempotencyKey) {
        String key = scopedKey(viewer, idempotencyKey);
        Optional<Post> earlier = findByKey(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ForumThread thread = visibleThread(viewer, threadId);
        access.require(viewer, thread.getBoard().getSpace(), Action.POST);
        if (thread.isLocked()) {
            throw new ConflictException("This thread is locked: it takes no new replies.");
        }
        String text = requireBody(markdown);
        try {
            return writer.write(viewer, threadId, parentId, text, key);
        } catch (RuntimeException e) {
            return findByKey(key).orElseThrow(() -> e);
        }
    }

    /** The discussion thread of a wiki page, if someone has started it. */
    public Optional<ForumThread> discussionOf(Viewer viewer, String spaceSlug, String pageSlug) {
        Page page = wiki.find(viewer, spaceSlug, pageSlug).orElseThrow(() -> new NotFoundException("There is no such page."));
        return em.createQuery("select t from ForumThread t where t.pageId = :p", ForumThread.class)
                .setParameter("p", page.getId()).getResultStream().findFirst();
    }

    /**
     * Opens the page's one discussion thread, creating it (and the space's discussions board) on first use.
     * Two people starting it at once get the same thread.
     */
    public ForumThread discuss(Viewer viewer, String spaceSlug, String pageSlug) {
        Optional<ForumThread> existing = discussionOf(viewer, spaceSlug, pageSlug);
        if (existing.isPresent()) {
            return existing.get();
        }
        Page page = wiki.find(viewer, spaceSlug, pageSlug).orElseThrow();
        Space space = page.getSpace();
        access.require(viewer, space, Action.POST);
        try {
            return writer.startDiscussion(viewer, space.getId(), page.getId(), page.getTitle(),
                    "/s/" + space.getSlug() + "/wiki/" + page.getSlug());
        } catch (RuntimeException e) {
            return em.createQuery("select t from ForumThread t where t.pageId = :p", ForumThread.class)
                    .setParameter("p", page.getId()).getResultStream().findFirst().orElseThrow(() -> e);
        }
    }

    /** The page a discussion thread belongs to, if it is one and the page still exists. */
    public Optional<Page> discussedPage(ForumThread thread) {
        return thread.getPageId() == null ? Optional.empty() : Optional.ofNullable(em.find(Page.class, thread.getPageId()))
                .filter(p -> !p.isDeleted());
    }

    /** Moderators lock a thread (no more replies) or unlock it; recorded in the audit log. */
    public void lock(Viewer viewer, long threadId, boolean locked) {
        ForumThread thread = visibleThread(viewer, threadId);
        access.require(viewer, thread.getBoard().getSpace(), Action.MODERATE);
        thread.lock(locked);
        audit.record(viewer, thread.getBoard().getSpace().getId(), locked ? "thread.lock" : "thread.unlock", "t/" + threadId, thread.getTitle());
    }

    /** Moderators pin a thread to the top of its board, or unpin it; recorded in the audit log. */
    public void pin(Viewer viewer, long threadId, boolean pinned) {
        ForumThread thread = visibleThread(viewer, threadId);
        access.require(viewer, thread.getBoard().getSpace(), Action.MODERATE);
        thread.pin(pinned);
        audit.record(viewer, thread.getBoard().getSpace().getId(), pinned ? "thread.pin" : "thread.unpin", "t/" + threadId, thread.getTitle());
    }

    /** A thread with its posts in tree order (one query for the posts, one set of look-ups for their links). */
    public ThreadView thread(Viewer viewer, long threadId) {
        ForumThread thread = visibleThread(viewer, threadId);
        List<Post> posts = em.createQuery("select p from Post p where p.thread = :t order by p.path", Post.class)
                .setParameter("t", thread).getResultList();
        Space space = thread.getBoard().getSpace();
        boolean moderator = access.may(viewer, space, Action.MODERATE);
        List<String> html = linkStates.applyAll(posts.stream().map(Post::getHtml).toList(), viewer);
        java.util.Set<Long> helped = viewer.signedIn() ? new java.util.HashSet<>(em.createQuery(
                "select m.postId from HelpfulMark m where m.accountId = :a and m.postId in (select p.id from Post p where p.thread = :t)", Long.class)
                .setParameter("a", viewer.accountId()).setParameter("t", thread).getResultList()) : java.util.Set.of();
        java.util.Map<Long, List<PostEdit>> edits = em.createQuery(
                "select e from PostEdit e where e.postId in (select p.id from Post p where p.thread = :t) order by e.replacedAt", PostEdit.class)
                .setParameter("t", thread).getResultStream().collect(java.util.stream.Collectors.groupingBy(PostEdit::getPostId));
        List<ThreadView.PostView> views = new java.util.ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            boolean mine = viewer.signedIn() && viewer.accountId().equals(post.getAuthorId());
            String shown = html.get(i);
            if (post.isDeleted()) {
                shown = ThreadView.PLACEHOLDER_MARK + "This post was deleted by its author.</p>";
            } else if (post.isHidden() && !moderator) {
                shown = ThreadView.PLACEHOLDER_MARK + "Hidden by a moderator: " + HtmlText.escape(post.getHiddenReason()) + "</p>";
            }
            boolean textVisible = !post.isDeleted() && (!post.isHidden() || moderator);
            views.add(new ThreadView.PostView(post, shown, helped.contains(post.getId()), mine,
                    textVisible ? edits.getOrDefault(post.getId(), List.of()) : List.of()));
        }
        return new ThreadView(thread, thread.getBoard(), space, views,
                !thread.isLocked() && access.may(viewer, space, Action.POST), moderator,
                discussedPage(thread).orElse(null));
    }

    /** Authors edit their own posts; the earlier text is kept and shown as "edited". */
    public Post editPost(Viewer viewer, long postId, String markdown) {
        Post post = ownPost(viewer, postId);
        String text = requireBody(markdown);
        if (text.equals(post.getMarkdown())) {
            return post;
        }
        org.commonplace.markup.Rendered rendered;
        try {
            rendered = WikiLinkStates.render(post.getThread().getBoard().getSpace().getSlug(), text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("markdown", "A post has at most " + Post.MARKDOWN_MAX + " characters.");
        }
        java.time.Instant now = clock.instant();
        em.persist(new PostEdit(post.getId(), post.getMarkdown(), post.getEditedAt() == null ? post.getCreatedAt() : post.getEditedAt(), now));
        post.revise(text, rendered.html(), org.commonplace.markup.MarkupRenderer.RENDERER_VERSION, now);
        return post;
    }

    /** Authors delete their own posts softly: a placeholder keeps the reply tree's shape. */
    public void deletePost(Viewer viewer, long postId) {
        ownPost(viewer, postId).delete();
    }

    /** A reader marks someone else's post helpful, or takes the mark back; answers whether it is now marked. */
    public boolean toggleHelpful(Viewer viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        access.require(viewer, post.getThread().getBoard().getSpace(), Action.POST);
        if (viewer.accountId().equals(post.getAuthorId())) {
            throw new InvalidInputException("helpful", "You cannot mark your own post helpful.");
        }
        HelpfulMark mark = em.find(HelpfulMark.class, new HelpfulMark.Key(viewer.accountId(), postId));
        em.lock(post, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (mark != null) {
            em.remove(mark);
            post.helpful(-1);
            return false;
        }
        em.persist(new HelpfulMark(viewer.accountId(), postId, clock.instant()));
        post.helpful(1);
        return true;
    }

    /** Moderators hide a post with a reason (readers see the reason instead of the text), or show it again. */
    public void hidePost(Viewer viewer, long postId, String reason) {
        Post post = visiblePost(viewer, postId);
        Space space = post.getThread().getBoard().getSpace();
        access.require(viewer, space, Action.MODERATE);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > Post.HIDE_REASON_MAX) {
            throw new InvalidInputException("reason", "Give a reason of 1 to " + Post.HIDE_REASON_MAX + " characters; readers will see it.");
        }
        post.hide(why);
        audit.record(viewer, space.getId(), "post.hide", "t/" + post.getThread().getId() + "#p" + postId, why);
    }

    public void unhidePost(Viewer viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        Space space = post.getThread().getBoard().getSpace();
        access.require(viewer, space, Action.MODERATE);
        post.unhide();
        audit.record(viewer, space.getId(), "post.unhide", "t/" + post.getThread().getId() + "#p" + postId, null);
    }

    /**
     * On a question board, the asker or a moderator marks one reply as the answer (marking the same reply
     * again takes the mark back). Answers whether the post is now the answer.
     */
    public boolean toggleAnswer(Viewer viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        ForumThread thread = post.getThread();
        Space space = thread.getBoard().getSpace();
        boolean asker = viewer.accountId().equals(thread.getAuthorId());
        if (!asker && !access.may(viewer, space, Action.MODERATE)) {
            throw new org.commonplace.shared.ForbiddenException("Only the person who asked, or a moderator, marks the answer.");
        }
        if (!thread.getBoard().isQuestions()) {
            throw new InvalidInputException("answer", "Only threads on a question board have answers.");
        }
        if (post.getId().equals(firstPostId(thread))) {
            throw new InvalidInputException("answer", "The question cannot be its own answer.");
        }
        boolean mark = !post.getId().equals(thread.getAnswerPostId());
        thread.answeredBy(mark ? post.getId() : null);
        return mark;
    }

    private Long firstPostId(ForumThread thread) {
        return em.createQuery("select min(p.id) from Post p where p.thread = :t", Long.class).setParameter("t", thread).getSingleResult();
    }

    /** Moderators move a thread to another board of the same space. */
    public void moveThread(Viewer viewer, long threadId, String boardSlug) {
        ForumThread thread = visibleThread(viewer, threadId);
        Space space = thread.getBoard().getSpace();
        access.require(viewer, space, Action.MODERATE);
        Board target = findBoard(space, boardSlug).orElseThrow(() -> new InvalidInputException("board", "There is no board \"" + boardSlug + "\" in this space."));
        String from = thread.getBoard().getSlug();
        thread.moveTo(target);
        audit.record(viewer, space.getId(), "thread.move", "t/" + threadId, from + " -> " + target.getSlug());
    }

    private Post visiblePost(Viewer viewer, long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null || !access.may(viewer, post.getThread().getBoard().getSpace(), Action.SEE)) {
            throw new NotFoundException("There is no such post.");
        }
        if (!viewer.signedIn()) {
            throw new org.commonplace.shared.ForbiddenException("Sign in first.");
        }
        return post;
    }

    private Post ownPost(Viewer viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        if (!viewer.accountId().equals(post.getAuthorId())) {
            throw new org.commonplace.shared.ForbiddenException("You can change only your own posts.");
        }
        if (post.isDeleted()) {
            throw new ConflictException("This post was deleted.");
        }
        return post;
    }

    private ForumThread visibleThread(Viewer viewer, long threadId) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || !access.may(viewer, thread.getBoard().getSpace(), Action.SEE)) {
            throw new NotFoundException("There is no such thread.");
        }
        return thread;
    }

    private Optional<Board> findBoard(Space space, String slug) {
        return em.createQuery("select b from Board b where b.space = :s and b.slug = :slug", Board.class)
                .setParameter("s", space).setParameter("slug", slug == null ? "" : slug).getResultStream().findFirst();
    }

    private Optional<Post> findByKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from Post p join fetch p.thread where p.idempotencyKey = :k", Post.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    /** Keys are the client's, scoped to the account, so two people cannot collide. */
    private static String scopedKey(Viewer viewer, String clientKey) {
        if (clientKey == null || clientKey.isBlank()) {
            return null;
        }
        if (clientKey.length() > MAX_IDEMPOTENCY_KEY) {
            throw new InvalidInputException("idempotencyKey", "An idempotency key has at most " + MAX_IDEMPOTENCY_KEY + " characters.");
        }
        return viewer.accountId() + ":" + clientKey.strip();
    }

    private static String requireBody(String markdown) {
        String text = markdown == null ? "" : markdown.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("markdown", "Write something first: the post is empty.");
        }
        if (text.length() > Post.MARKDOWN_MAX) {
            throw new InvalidInputException("markdown", "A post has at most " + Post.MARKDOWN_MAX + " characters.");
        }
        return text;
    }
}
