package org.commonplace.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceFilter;
import org.commonplace.space.Viewer;

/**
 * A reader's notifications. Whether a notification may be shown is decided again at read time with
 * {@link SpaceAccess#readable}: someone who has left an invite-only space no longer sees what was said there,
 * and the unread count agrees with the list. Anonymous viewers have none.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    private static final String VISIBLE = " from Notification n join ForumThread t on t.id = n.threadId join t.board b join b.space s"
            + " where n.accountId = :a and ";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceAccess access;

    /** Newest first, each with its thread's title and a link to the post. */
    public Paged<NotificationView> list(Viewer viewer, PageRequest request) {
        if (!viewer.signedIn()) {
            return new Paged<>(List.of(), 0, request);
        }
        SpaceFilter filter = access.readable(viewer);
        List<NotificationView> items = filter.bind(em.createQuery("select new org.commonplace.notify.NotificationView(n.id, n.kind,"
                + " n.actorName, n.threadId, t.title, n.postId, n.createdAt, n.readAt is null)" + VISIBLE + filter.jpql("s")
                + " order by n.createdAt desc, n.id desc", NotificationView.class))
                .setParameter("a", viewer.accountId()).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = filter.bind(em.createQuery("select count(n)" + VISIBLE + filter.jpql("s"), Long.class))
                .setParameter("a", viewer.accountId()).getSingleResult();
        return new Paged<>(items, total, request);
    }

    /** How many unread notifications the list would show, for the header badge. */
    public long unreadCount(Viewer viewer) {
        if (!viewer.signedIn()) {
            return 0;
        }
        SpaceFilter filter = access.readable(viewer);
        return filter.bind(em.createQuery("select count(n)" + VISIBLE + "n.readAt is null and " + filter.jpql("s"), Long.class))
                .setParameter("a", viewer.accountId()).getSingleResult();
    }

    /** Marks one of the viewer's notifications read; someone else's is reported as missing. */
    public void markRead(Viewer viewer, long notificationId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || !viewer.signedIn() || !n.getAccountId().equals(viewer.accountId())) {
            throw new NotFoundException("There is no such notification.");
        }
        n.read(clock.instant());
    }

    /** The viewer has read the thread: its notifications are no longer new (for the thread page, on view). */
    public void markThreadRead(Viewer viewer, long threadId) {
        if (!viewer.signedIn()) {
            return;
        }
        em.createQuery("update Notification n set n.readAt = :now where n.accountId = :a and n.threadId = :t and n.readAt is null")
                .setParameter("now", clock.instant()).setParameter("a", viewer.accountId()).setParameter("t", threadId).executeUpdate();
    }

    /** Marks all of the viewer's notifications read. */
    public void markAllRead(Viewer viewer) {
        if (!viewer.signedIn()) {
            return;
        }
        em.createQuery("update Notification n set n.readAt = :now where n.accountId = :a and n.readAt is null")
                .setParameter("now", clock.instant()).setParameter("a", viewer.accountId()).executeUpdate();
    }
}
