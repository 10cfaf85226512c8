package org.commonplace.promotion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.forum.Post;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.space.Action;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.Viewer;

/**
 * An editor's collection: posts gathered while reading several threads, promoted together from one workbench
 * ({@code /collection}). Only editors of some space collect; a post the editor can no longer read drops out of the
 * workbench silently (it stays stored until removed, so regaining access brings it back).
 */
@ApplicationScoped
@Transactional
public class PromotionCollection {

    /** Most posts one collection holds. */
    public static final int MAX_POSTS = PromotionService.MAX_POSTS;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceAccess access;

    @Inject
    PromotionService promotions;

    /** Adds or removes a post; repeating either is harmless. Answers how many posts the collection holds. */
    public long set(Viewer viewer, long postId, boolean collected) {
        requireEditor(viewer);
        CollectedPost existing = em.find(CollectedPost.class, new CollectedPost.Key(viewer.accountId(), postId));
        long count = count(viewer);
        if (collected && existing == null) {
            Post post = em.find(Post.class, postId);
            if (post == null || post.isDeleted() || post.isHidden()
                    || !access.may(viewer, post.getThread().getBoard().getSpace(), Action.SEE)) {
                throw new NotFoundException("Post " + postId + " does not exist.");
            }
            if (count >= MAX_POSTS) {
                throw new InvalidInputException("posts", "A collection holds at most " + MAX_POSTS + " posts: promote or remove some first.");
            }
            em.persist(new CollectedPost(viewer.accountId(), postId, clock.instant()));
            em.flush();
            return count + 1;
        }
        if (!collected && existing != null) {
            em.remove(existing);
            em.flush();
            return count - 1;
        }
        return count;
    }

    public long count(Viewer viewer) {
        if (!viewer.signedIn()) {
            return 0;
        }
        return em.createQuery("select count(c) from CollectedPost c where c.accountId = :a", Long.class)
                .setParameter("a", viewer.accountId()).getSingleResult();
    }

    /** Every post id in the viewer's collection (at most {@link #MAX_POSTS}). */
    public Set<Long> ids(Viewer viewer) {
        if (!viewer.signedIn()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.postId from CollectedPost c where c.accountId = :a", Long.class)
                .setParameter("a", viewer.accountId()).getResultList());
    }

    /** Which of these posts are in the viewer's collection. */
    public Set<Long> collected(Viewer viewer, Collection<Long> postIds) {
        if (!viewer.signedIn() || postIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.postId from CollectedPost c where c.accountId = :a and c.postId in :ids", Long.class)
                .setParameter("a", viewer.accountId()).setParameter("ids", postIds).getResultList());
    }

    /** The collection as a workbench: threads in the order their first post was collected, each in tree order, all ticked. */
    public PromotionService.Workbench workbench(Viewer viewer) {
        List<PromotionService.SpaceChoice> targets = requireEditor(viewer);
        List<Post> posts = em.createQuery("""
                select p from CollectedPost c, Post p join fetch p.thread
                where c.accountId = :a and p.id = c.postId order by c.addedAt, p.id""", Post.class)
                .setParameter("a", viewer.accountId()).getResultList();
        Map<Long, List<Post>> byThread = new LinkedHashMap<>();
        for (Post p : posts) {
            if (!p.isDeleted() && !p.isHidden() && access.may(viewer, p.getThread().getBoard().getSpace(), Action.SEE)) {
                byThread.computeIfAbsent(p.getThread().getId(), t -> new ArrayList<>()).add(p);
            }
        }
        List<PromotionService.WorkbenchPost> rows = new ArrayList<>();
        for (List<Post> thread : byThread.values()) {
            thread.sort((a, b) -> a.getPath().compareTo(b.getPath()));
            for (Post p : thread) {
                rows.add(new PromotionService.WorkbenchPost(p.getId(), p.getThread().getId(), p.getParentId(), 0, p.getAuthorName(),
                        p.getCreatedAt(), p.getHelpfulCount(), PromotionService.lf(p.getMarkdown()), p.getHtml(), p.getParentId() == null,
                        true, p.getEditedAt() != null, false, p.getThread().getTitle()));
            }
        }
        String home = posts.isEmpty() ? null : posts.get(0).getThread().getBoard().getSpace().getSlug();
        return new PromotionService.Workbench(0, null, home, null, rows, targets);
    }

    /** After publishing: the promoted posts leave the collection. */
    public void remove(Viewer viewer, Collection<Long> postIds) {
        if (!viewer.signedIn() || postIds.isEmpty()) {
            return;
        }
        em.createQuery("delete from CollectedPost c where c.accountId = :a and c.postId in :ids")
                .setParameter("a", viewer.accountId()).setParameter("ids", postIds).executeUpdate();
    }

    private List<PromotionService.SpaceChoice> requireEditor(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("Sign in to collect posts.");
        }
        List<PromotionService.SpaceChoice> targets = promotions.curatedSpaces(viewer);
        if (targets.isEmpty()) {
            throw new ForbiddenException("Only editors of a space collect posts to promote.");
        }
        return targets;
    }
}
