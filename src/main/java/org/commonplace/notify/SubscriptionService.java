package org.commonplace.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.commonplace.forum.Board;
import org.commonplace.forum.ForumThread;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.space.Action;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.Viewer;

/**
 * Following threads and boards. A follower is told about every new post there ({@link NotificationKind#FOLLOWED}).
 * Only signed-in accounts follow, and only what {@link SpaceAccess} lets them see; a thread or board in a space
 * the viewer may not see is reported as missing. Following twice or unfollowing what one does not follow is
 * harmless, so a repeated form submit changes nothing.
 */
@ApplicationScoped
@Transactional
public class SubscriptionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceAccess access;

    /**
     * Locks the thread row as posting does, so a follow and the author's automatic follow of the same thread
     * never race into the unique constraint (which would fail the post).
     */
    public void followThread(Viewer viewer, long threadId) {
        requireSignedIn(viewer);
        visibleThread(viewer, threadId);
        em.find(ForumThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        subscribeToThread(viewer.accountId(), threadId);
    }

    public void unfollowThread(Viewer viewer, long threadId) {
        requireSignedIn(viewer);
        visibleThread(viewer, threadId);
        em.createQuery("delete from Subscription s where s.accountId = :a and s.threadId = :t")
                .setParameter("a", viewer.accountId()).setParameter("t", threadId).executeUpdate();
    }

    public boolean isFollowingThread(Viewer viewer, long threadId) {
        if (!viewer.signedIn()) {
            return false;
        }
        visibleThread(viewer, threadId);
        return em.createQuery("select count(s) from Subscription s where s.accountId = :a and s.threadId = :t", Long.class)
                .setParameter("a", viewer.accountId()).setParameter("t", threadId).getSingleResult() > 0;
    }

    public void followBoard(Viewer viewer, long boardId) {
        requireSignedIn(viewer);
        visibleBoard(viewer, boardId);
        if (!followsBoard(viewer.accountId(), boardId)) {
            em.persist(Subscription.toBoard(viewer.accountId(), boardId, clock.instant()));
        }
    }

    public void unfollowBoard(Viewer viewer, long boardId) {
        requireSignedIn(viewer);
        visibleBoard(viewer, boardId);
        em.createQuery("delete from Subscription s where s.accountId = :a and s.boardId = :b")
                .setParameter("a", viewer.accountId()).setParameter("b", boardId).executeUpdate();
    }

    public boolean isFollowingBoard(Viewer viewer, long boardId) {
        if (!viewer.signedIn()) {
            return false;
        }
        visibleBoard(viewer, boardId);
        return followsBoard(viewer.accountId(), boardId);
    }

    /**
     * Makes the account follow the thread unless it does already; no access check, for the post observer
     * (an author may see the space, or could not have posted).
     */
    void subscribeToThread(Long accountId, long threadId) {
        long existing = em.createQuery("select count(s) from Subscription s where s.accountId = :a and s.threadId = :t", Long.class)
                .setParameter("a", accountId).setParameter("t", threadId).getSingleResult();
        if (existing == 0) {
            em.persist(Subscription.toThread(accountId, threadId, clock.instant()));
        }
    }

    private boolean followsBoard(Long accountId, long boardId) {
        return em.createQuery("select count(s) from Subscription s where s.accountId = :a and s.boardId = :b", Long.class)
                .setParameter("a", accountId).setParameter("b", boardId).getSingleResult() > 0;
    }

    private void visibleThread(Viewer viewer, long threadId) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || !access.may(viewer, thread.getBoard().getSpace(), Action.SEE)) {
            throw new NotFoundException("There is no such thread.");
        }
    }

    private void visibleBoard(Viewer viewer, long boardId) {
        Board board = em.find(Board.class, boardId);
        if (board == null || !access.may(viewer, board.getSpace(), Action.SEE)) {
            throw new NotFoundException("There is no such board.");
        }
    }

    private static void requireSignedIn(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("Sign in to follow threads and boards.");
        }
    }
}
