package org.commonplace.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.Viewer;

/** Records actions in the caller's transaction (an action and its record commit or roll back together). */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(Viewer actor, Long spaceId, String action, String target, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor.accountId(), actor.username(), spaceId, action, target, detail));
    }

    /** Newest first; {@code spaceId} null means the whole site. Callers check the viewer may read it. */
    public Paged<AuditEntry> list(Long spaceId, PageRequest page) {
        String where = spaceId == null ? "" : " where a.spaceId = :space";
        var query = em.createQuery("select a from AuditEntry a" + where + " order by a.at desc, a.id desc", AuditEntry.class);
        var count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        if (spaceId != null) {
            query.setParameter("space", spaceId);
            count.setParameter("space", spaceId);
        }
        List<AuditEntry> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Paged<>(items, count.getSingleResult(), page);
    }
}
