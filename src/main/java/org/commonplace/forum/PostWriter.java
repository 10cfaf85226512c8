package org.commonplace.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.commonplace.markup.MarkupRenderer;
import org.commonplace.markup.Rendered;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.space.Space;
import org.commonplace.space.Viewer;
import org.commonplace.wiki.WikiLinkStates;

/**
 * Writes one post in a transaction of its own, so that a clash on the idempotency key (a double submit)
 * fails only this insert and the caller can answer with the post that won.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PostWriter {

    /** The board that holds a space's page discussions, made on first use. */
    static final String DISCUSSIONS_BOARD = "page-discussions";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<PostCreated> created;

    /** A new thread on the board with its opening post. */
    public Post startThread(Viewer viewer, long boardId, String title, String markdown, String idempotencyKey) {
        Board board = em.find(Board.class, boardId);
        ForumThread thread = new ForumThread(board, title, viewer.accountId(), viewer.username(), clock.instant());
        em.persist(thread);
        em.flush();
        return write(viewer, thread.getId(), null, markdown, idempotencyKey);
    }

    /** The discussion thread of a page, with an opening post that links to the page. */
    public ForumThread startDiscussion(Viewer viewer, long spaceId, long pageId, String pageTitle, String pageUrl) {
        Space space = em.find(Space.class, spaceId);
        Board board = em.createQuery("select b from Board b where b.space = :s and b.slug = :slug", Board.class)
                .setParameter("s", space).setParameter("slug", DISCUSSIONS_BOARD).getResultStream().findFirst()
                .orElseGet(() -> {
                    Board b = new Board(space, DISCUSSIONS_BOARD, "Page discussions",
                            "One thread per wiki page, opened from the page's Discuss link.", 999, false, clock.instant());
                    em.persist(b);
                    return b;
                });
        ForumThread thread = new ForumThread(board, cut("Discussion: " + pageTitle, ForumThread.TITLE_MAX), viewer.accountId(),
                viewer.username(), clock.instant());
        thread.discusses(pageId);
        em.persist(thread);
        em.flush();
        String label = pageTitle.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        write(viewer, thread.getId(), null, "This thread discusses the wiki page [" + label + "](" + pageUrl + ").", null);
        return thread;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Post write(Viewer viewer, long threadId, Long parentId, String markdown, String idempotencyKey) {
        ForumThread thread = em.find(ForumThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        Post parent = null;
        if (parentId != null) {
            parent = em.find(Post.class, parentId);
            if (parent == null || !parent.getThread().getId().equals(threadId)) {
                throw new InvalidInputException("parentId", "The post you are answering is not in this thread.");
            }
            while (parent.getDepth() >= Post.MAX_DEPTH - 1 && parent.getParentId() != null) {
                parent = em.find(Post.class, parent.getParentId());
            }
        }
        Rendered rendered;
        try {
            rendered = WikiLinkStates.render(thread.getBoard().getSpace().getSlug(), markdown);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("markdown", "A post has at most " + Post.MARKDOWN_MAX + " characters.");
        }
        Instant now = clock.instant();
        Post post = new Post(thread, parent, viewer.accountId(), viewer.username(), markdown, rendered.html(),
                MarkupRenderer.RENDERER_VERSION, now, idempotencyKey);
        em.persist(post);
        em.flush();
        post.placeUnder(parent);
        thread.posted(now);
        thread.getBoard().getSpace().touch(now);
        created.fire(new PostCreated(post.getId(), thread.getId(), thread.getBoard().getId(), thread.getBoard().getSpace().getId(),
                viewer.accountId(), parent == null ? null : parent.getId(), parent == null ? null : parent.getAuthorId(), markdown,
                thread.getPostCount() == 1));
        return post;
    }
}
