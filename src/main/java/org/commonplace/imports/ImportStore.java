package org.commonplace.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;

/** Import records, each change in a transaction of its own so progress is visible while a run goes on. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    ImportJob create(ImportJob job) {
        em.persist(job);
        return job;
    }

    void started(long id) {
        em.find(ImportJob.class, id).start(clock.instant());
    }

    void progress(long id, ImportRun run) {
        em.find(ImportJob.class, id).progress(run);
    }

    void finished(long id, ImportRun run, ImportState state) {
        ImportJob job = em.find(ImportJob.class, id);
        job.progress(run);
        job.finish(state, clock.instant());
    }

    public Optional<ImportJob> find(long id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    public Paged<ImportJob> list(PageRequest page) {
        List<ImportJob> items = em.createQuery("select j from ImportJob j order by j.createdAt desc, j.id desc", ImportJob.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(j) from ImportJob j", Long.class).getSingleResult();
        return new Paged<>(items, total, page);
    }

    /** Runs that were queued or running when the server stopped. */
    List<Long> interrupted() {
        return em.createQuery("select j.id from ImportJob j where j.state in :states order by j.id", Long.class)
                .setParameter("states", List.of(ImportState.QUEUED, ImportState.RUNNING)).getResultList();
    }

    /** Where imported items came from, for "Imported from ..." on threads and pages. */
    public Optional<ImportItem> origin(ImportItem.Kind kind, long targetId) {
        return em.createQuery("select i from ImportItem i where i.kind = :k and i.targetId = :t", ImportItem.class)
                .setParameter("k", kind).setParameter("t", targetId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Where the page at this address came from, when it was imported. */
    public Optional<ImportItem> pageOrigin(String spaceSlug, String pageSlug) {
        return em.createQuery("select i from ImportItem i, Page p where i.kind = :k and i.targetId = p.id and p.space.slug = :s and p.slug = :slug",
                ImportItem.class).setParameter("k", ImportItem.Kind.PAGE).setParameter("s", spaceSlug).setParameter("slug", pageSlug)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
