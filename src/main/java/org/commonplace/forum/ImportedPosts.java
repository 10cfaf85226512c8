package org.commonplace.forum;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.commonplace.markup.MarkupRenderer;
import org.commonplace.markup.Rendered;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.space.Space;
import org.commonplace.wiki.WikiLinkStates;

/**
 * The narrow door through which importers write conversations that happened elsewhere: threads and posts keep
 * their original authors and dates, and nobody is notified. Used only by {@code imports/}; the caller owns the
 * transaction and decides access (site administrators only).
 */
public final class ImportedPosts {

    private ImportedPosts() {
    }

    /** The board of {@code space} with this slug, made (last in order) when missing. */
    public static Board board(EntityManager em, Space space, String slug, String name, String description, Instant at) {
        return em.createQuery("select b from Board b where b.space = :s and b.slug = :slug", Board.class)
                .setParameter("s", space).setParameter("slug", slug).getResultStream().findFirst()
                .orElseGet(() -> {
                    Integer last = em.createQuery("select max(b.position) from Board b where b.space = :s", Integer.class)
                            .setParameter("s", space).getSingleResult();
                    Board b = new Board(space, slug, name, description, last == null ? 0 : last + 1, false, at);
                    em.persist(b);
                    return b;
                });
    }

    public static ForumThread thread(EntityManager em, Board board, String title, Long authorId, String authorName, Instant at) {
        ForumThread thread = new ForumThread(board, title, authorId, authorName, at);
        em.persist(thread);
        em.flush();
        return thread;
    }

    /** A post written at {@code at}; {@code parent} null answers the thread as a whole (or opens it). */
    public static Post post(EntityManager em, ForumThread thread, Post parent, Long authorId, String authorName, String markdown,
            Instant at) {
        if (markdown.length() > Post.MARKDOWN_MAX) {
            throw new InvalidInputException("markdown", "A post has at most " + Post.MARKDOWN_MAX + " characters.");
        }
        Post under = parent;
        while (under != null && under.getDepth() >= Post.MAX_DEPTH - 1 && under.getParentId() != null) {
            under = em.find(Post.class, under.getParentId());
        }
        Rendered rendered;
        try {
            rendered = WikiLinkStates.render(thread.getBoard().getSpace().getSlug(), markdown);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("markdown", e.getMessage());
        }
        Post post = new Post(thread, under, authorId, authorName, markdown, rendered.html(), MarkupRenderer.RENDERER_VERSION, at, null);
        em.persist(post);
        em.flush();
        post.placeUnder(under);
        thread.posted(at);
        thread.getBoard().getSpace().touch(at);
        return post;
    }
}
