package org.commonplace.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonplace.forum.ForumThread;
import org.commonplace.shared.NotFoundException;
import org.commonplace.space.Action;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceFilter;
import org.commonplace.space.Viewer;

/**
 * How far each reader has read each thread, for "N new" on a board, "jump to the first unread post" and
 * marking a thread read when it is viewed. Post ids grow with time, so "new" means "id greater than the read
 * position"; a thread never opened is new throughout. Anonymous readers have no read state.
 */
@ApplicationScoped
@Transactional
public class ReadStateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceAccess access;

    /**
     * The viewer has read the thread up to {@code upToPostId} (a post of that thread; a larger number stops at the
     * thread's newest post up to it). The position never moves backwards.
     */
    public void markRead(Viewer viewer, long threadId, long upToPostId) {
        if (!viewer.signedIn()) {
            return;
        }
        visibleThread(viewer, threadId);
        Long last = em.createQuery("select max(p.id) from Post p where p.thread.id = :t and p.id <= :upTo", Long.class)
                .setParameter("t", threadId).setParameter("upTo", upToPostId).getSingleResult();
        if (last == null) {
            return;
        }
        ReadPosition position = em.find(ReadPosition.class, new ReadPosition.Key(viewer.accountId(), threadId));
        if (position == null) {
            em.persist(new ReadPosition(viewer.accountId(), threadId, last, clock.instant()));
        } else {
            position.advanceTo(last, clock.instant());
        }
    }

    /** The oldest post the viewer has not read (by id), if any. */
    public Optional<Long> firstUnread(Viewer viewer, long threadId) {
        if (!viewer.signedIn()) {
            return Optional.empty();
        }
        visibleThread(viewer, threadId);
        return Optional.ofNullable(em.createQuery("select min(p.id) from Post p where p.thread.id = :t and p.id > coalesce("
                + "(select r.lastReadPostId from ReadPosition r where r.accountId = :a and r.threadId = :t), 0)", Long.class)
                .setParameter("t", threadId).setParameter("a", viewer.accountId()).getSingleResult());
    }

    /**
     * For each of the threads the viewer may see, how many posts are new to them (0 included), in one query.
     * Threads the viewer may not see are left out; anonymous viewers get an empty map.
     */
    public Map<Long, Long> newCounts(Viewer viewer, List<Long> threadIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!viewer.signedIn() || threadIds == null || threadIds.isEmpty()) {
            return counts;
        }
        SpaceFilter filter = access.readable(viewer);
        List<Object[]> rows = filter.bind(em.createQuery("select t.id, count(p.id) from ForumThread t join t.board b join b.space s"
                + " left join ReadPosition r on r.accountId = :a and r.threadId = t.id"
                + " left join Post p on p.thread = t and p.id > coalesce(r.lastReadPostId, 0)"
                + " where t.id in :ids and " + filter.jpql("s") + " group by t.id", Object[].class))
                .setParameter("a", viewer.accountId()).setParameter("ids", threadIds).getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private void visibleThread(Viewer viewer, long threadId) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || !access.may(viewer, thread.getBoard().getSpace(), Action.SEE)) {
            throw new NotFoundException("There is no such thread.");
        }
    }
}
