package org.commonplace.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceFilter;
import org.commonplace.space.Viewer;

/**
 * Counts people's work for the directory and profiles in three grouped queries per batch of people (posts with
 * their helpful marks, revisions, promotions), whatever the batch size. Every query is restricted by the
 * viewer's {@link SpaceFilter}, so work in a space the viewer cannot see is never counted: an outsider learns
 * nothing about invite-only spaces from these numbers.
 *
 * <p>The queries name the forum, wiki and promotion entities only in JPQL text, so people/ does not depend on
 * those packages at compile time.
 */
@ApplicationScoped
public class ActivityCounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    SpaceAccess access;

    /** Activity per account id; ids without any activity map to {@link Activity#NONE}. */
    public Map<Long, Activity> of(Viewer viewer, Collection<Long> accountIds) {
        Map<Long, Activity> result = new HashMap<>();
        if (accountIds.isEmpty()) {
            return result;
        }
        SpaceFilter filter = access.readable(viewer);
        Map<Long, long[]> counts = new HashMap<>();
        for (Long id : accountIds) {
            counts.put(id, new long[4]);
        }
        List<Object[]> posts = filter.bind(em.createQuery("select p.authorId, count(p), coalesce(sum(p.helpfulCount), 0) from Post p"
                + " join p.thread t join t.board b join b.space s"
                + " where p.authorId in :ids and p.deleted = false and p.hiddenReason is null and " + filter.jpql("s")
                + " group by p.authorId", Object[].class)).setParameter("ids", accountIds).getResultList();
        for (Object[] row : posts) {
            long[] c = counts.get((Long) row[0]);
            c[0] = ((Number) row[1]).longValue();
            c[1] = ((Number) row[2]).longValue();
        }
        List<Object[]> revisions = filter.bind(em.createQuery("select r.authorId, count(r) from Revision r join r.page pg join pg.space s"
                + " where r.authorId in :ids and pg.deleted = false and " + filter.jpql("s")
                + " group by r.authorId", Object[].class)).setParameter("ids", accountIds).getResultList();
        for (Object[] row : revisions) {
            counts.get((Long) row[0])[2] = ((Number) row[1]).longValue();
        }
        List<Object[]> promotions = filter.bind(em.createQuery("select pr.editorId, count(pr) from Promotion pr, Page pg join pg.space s"
                + " where pg.id = pr.pageId and pr.editorId in :ids and pg.deleted = false and " + filter.jpql("s")
                + " group by pr.editorId", Object[].class)).setParameter("ids", accountIds).getResultList();
        for (Object[] row : promotions) {
            counts.get((Long) row[0])[3] = ((Number) row[1]).longValue();
        }
        counts.forEach((id, c) -> result.put(id, new Activity(c[0], c[1], c[2], c[3])));
        return result;
    }
}
