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
    /** Participants shown for each listed thread, at most this many (the most active first, then the rest counted). */
    public static final int PARTICIPANTS_SHOWN = 5;

    /**
     * Who took part in each of the given threads (already listed for the reader), the most active first: one
     * grouped query for the whole list, whatever its length.
     */
    public java.util.Map<Long, List<String>> participants(List<ForumThread> threads) {
        if (threads.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, List<String>> result = new java.util.HashMap<>();
        em.createQuery("select p.thread.id, p.authorName, count(p), min(p.id) from Post p where p.thread in :t and p.deleted = false"
                + " group by p.thread.id, p.authorName order by p.thread.id, count(p) desc, min(p.id)", Object[].class)
                .setParameter("t", threads).getResultStream()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((String) row[1]));
        return result;
    }

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

    /** A thread with all its posts in tree order (what the REST API answers). */
    public ThreadView thread(Viewer viewer, long threadId) {
        return thread(viewer, threadId, ThreadWindow.ALL);
    }

    /**
     * One page of a thread as a reader sees it. The cost does not grow with the thread: a fixed set of queries
     * (the thread's extent, the count and the page of posts in path or time order, the continued branches, the
     * reader's helpful marks and the earlier texts of the page's posts, the answer) whatever its length.
     */
    public ThreadView thread(Viewer viewer, long threadId, ThreadWindow window) {
        ForumThread thread = visibleThread(viewer, threadId);
        Object[] extent = em.createQuery("select min(p.id), max(p.id) from Post p where p.thread = :t", Object[].class)
                .setParameter("t", thread).getSingleResult();
        long opening = extent[0] == null ? 0 : (Long) extent[0];
        long newest = extent[1] == null ? 0 : (Long) extent[1];
        Post focus = window.focus() == null ? null : postIn(thread, window.focus());
        Post root = null;
        if (!window.flat() && focus != null && window.cut()) {
            int rootDepth = ThreadWindow.branchDepthFor(focus.getDepth());
            root = rootDepth == 0 ? null : postIn(thread, Post.ancestorAt(focus.getPath(), rootDepth));
        } else if (!window.flat() && window.branch() != null) {
            root = postIn(thread, window.branch());
        }
        int maxDepth = root == null ? ThreadWindow.LEVELS : root.getDepth() + ThreadWindow.LEVELS;
        StringBuilder where = new StringBuilder(" from Post p where p.thread = :t");
        if (root != null) {
            where.append(" and (p.id = :root or p.path like :prefix)");
        }
        if (window.cut()) {
            where.append(" and p.depth <= :maxDepth");
        }
        long shown = bind(em.createQuery("select count(p)" + where, Long.class), thread, root, window, maxDepth).getSingleResult();
        int pageCount = (int) Math.max(1, (shown + window.size() - 1) / window.size());
        int page = Math.min(window.page(), pageCount);
        if (focus != null && (root == null || focus.getPath().startsWith(root.getPath()))) {
            String before = window.flat() ? " and (p.createdAt < :at or (p.createdAt = :at and p.id < :id))" : " and p.path < :path";
            var q = bind(em.createQuery("select count(p)" + where + before, Long.class), thread, root, window, maxDepth);
            if (window.flat()) {
                q.setParameter("at", focus.getCreatedAt()).setParameter("id", focus.getId());
            } else {
                q.setParameter("path", focus.getPath());
            }
            page = (int) (q.getSingleResult() / window.size()) + 1;
        }
        List<Post> posts = bind(em.createQuery("select p" + where + (window.flat() ? " order by p.createdAt, p.id" : " order by p.path"), Post.class),
                thread, root, window, maxDepth)
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * window.size())).setMaxResults(window.size()).getResultList();
        java.util.Map<Long, Long> continued = window.cut() ? continuedBranches(thread, posts, maxDepth) : java.util.Map.of();
        Space space = thread.getBoard().getSpace();
        boolean moderator = access.may(viewer, space, Action.MODERATE);
        Post answer = thread.getAnswerPostId() == null ? null
                : posts.stream().filter(p -> p.getId().equals(thread.getAnswerPostId())).findFirst()
                        .orElseGet(() -> postIn(thread, thread.getAnswerPostId()));
        List<Post> finished = new java.util.ArrayList<>(posts);
        if (answer != null) {
            finished.add(answer);
        }
        List<String> html = linkStates.applyAll(finished.stream().map(Post::getHtml).toList(), viewer);
        List<Long> ids = finished.stream().map(Post::getId).distinct().toList();
        java.util.Set<Long> helped = viewer.signedIn() && !ids.isEmpty() ? new java.util.HashSet<>(em.createQuery(
                "select m.postId from HelpfulMark m where m.accountId = :a and m.postId in :ids", Long.class)
                .setParameter("a", viewer.accountId()).setParameter("ids", ids).getResultList()) : java.util.Set.of();
        java.util.Map<Long, List<PostEdit>> edits = ids.isEmpty() ? java.util.Map.of() : em.createQuery(
                "select e from PostEdit e where e.postId in :ids order by e.replacedAt", PostEdit.class)
                .setParameter("ids", ids).getResultStream().collect(java.util.stream.Collectors.groupingBy(PostEdit::getPostId));
        List<ThreadView.PostView> views = new java.util.ArrayList<>(finished.size());
        for (int i = 0; i < finished.size(); i++) {
            views.add(postView(finished.get(i), html.get(i), viewer, moderator, helped, edits));
        }
        ThreadView.PostView answerView = answer == null ? null : views.remove(views.size() - 1);
        return new ThreadView(thread, thread.getBoard(), space, views,
                !thread.isLocked() && access.may(viewer, space, Action.POST), moderator,
                discussedPage(thread).orElse(null), answerView, opening, newest, root, continued, page, pageCount, shown);
    }

    private static ThreadView.PostView postView(Post post, String html, Viewer viewer, boolean moderator, java.util.Set<Long> helped,
            java.util.Map<Long, List<PostEdit>> edits) {
        boolean mine = viewer.signedIn() && viewer.accountId().equals(post.getAuthorId());
        String shown = html;
        if (post.isDeleted()) {
            shown = ThreadView.PLACEHOLDER_MARK + "This post was deleted by its author.</p>";
        } else if (post.isHidden() && !moderator) {
            shown = ThreadView.PLACEHOLDER_MARK + "Hidden by a moderator: " + HtmlText.escape(post.getHiddenReason()) + "</p>";
        }
        boolean textVisible = !post.isDeleted() && (!post.isHidden() || moderator);
        return new ThreadView.PostView(post, shown, helped.contains(post.getId()), mine,
                textVisible ? edits.getOrDefault(post.getId(), List.of()) : List.of());
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query, ForumThread thread, Post root,
            ThreadWindow window, int maxDepth) {
        query.setParameter("t", thread);
        if (root != null) {
            query.setParameter("root", root.getId()).setParameter("prefix", root.getPath() + ".%");
        }
        if (window.cut()) {
            query.setParameter("maxDepth", maxDepth);
        }
        return query;
    }

    /**
     * For the posts of a page that sit at the view's deepest level: how many replies lie below them (one grouped
     * query; every path of a given depth has the same length, so a prefix of that length names the ancestor).
     */
    private java.util.Map<Long, Long> continuedBranches(ForumThread thread, List<Post> posts, int maxDepth) {
        List<String> cutPaths = posts.stream().filter(p -> p.getDepth() == maxDepth).map(Post::getPath).toList();
        if (cutPaths.isEmpty()) {
            return java.util.Map.of();
        }
        int prefix = Post.pathLength(maxDepth);
        java.util.Map<Long, Long> continued = new java.util.HashMap<>();
        em.createQuery("select substring(p.path, 1, " + prefix + "), count(p) from Post p where p.thread = :t and p.depth > :d"
                + " and substring(p.path, 1, " + prefix + ") in :paths group by substring(p.path, 1, " + prefix + ")", Object[].class)
                .setParameter("t", thread).setParameter("d", maxDepth).setParameter("paths", cutPaths)
                .getResultStream().forEach(row -> continued.put(Post.ancestorAt((String) row[0], maxDepth), (Long) row[1]));
        return continued;
    }

    private Post postIn(ForumThread thread, long postId) {
        Post post = em.find(Post.class, postId);
        return post != null && post.getThread().getId().equals(thread.getId()) ? post : null;
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
