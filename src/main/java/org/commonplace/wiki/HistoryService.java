package org.commonplace.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceFilter;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.wiki.text.Blame;
import org.commonplace.wiki.text.BlameLine;
import org.commonplace.wiki.text.TextDiff;

/** A page's past: its revisions, the difference between any two, blame, and recent changes across spaces. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HistoryService {

    @PersistenceContext
    EntityManager em;

    @Inject
    WikiService wiki;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    /** Revisions newest first. */
    public Paged<Revision> history(Viewer viewer, String spaceSlug, String pageSlug, PageRequest request) {
        Page page = wiki.requirePage(viewer, spaceSlug, pageSlug);
        List<Revision> items = em.createQuery("select r from Revision r where r.page = :p order by r.number desc", Revision.class)
                .setParameter("p", page).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Paged<>(items, page.getCurrentRevision(), request);
    }

    public Revision revision(Viewer viewer, String spaceSlug, String pageSlug, int number) {
        return wiki.revision(viewer, spaceSlug, pageSlug, number);
    }

    /** The difference from revision {@code from} to revision {@code to}, in either order. */
    public TextDiff diff(Viewer viewer, String spaceSlug, String pageSlug, int from, int to) {
        Page page = wiki.requirePage(viewer, spaceSlug, pageSlug);
        return TextDiff.of(wiki.revisionOf(page, from).getMarkdown(), wiki.revisionOf(page, to).getMarkdown());
    }

    /** For each line of the current text, the revision and author that introduced it. */
    public List<BlameLine> blame(Viewer viewer, String spaceSlug, String pageSlug) {
        Page page = wiki.requirePage(viewer, spaceSlug, pageSlug);
        List<Blame.Revision> revisions = em.createQuery(
                "select r.number, r.authorName, r.markdown from Revision r where r.page = :p order by r.number", Object[].class)
                .setParameter("p", page).getResultList().stream()
                .map(row -> new Blame.Revision((Integer) row[0], (String) row[1], (String) row[2])).toList();
        return Blame.of(revisions);
    }

    /**
     * The latest few revisions the viewer may see, in one space or (spaceSlug null) everywhere: for home pages, which
     * need no count. Looks at the last day before the newest revision first, then a window eight times longer each
     * time too few readable revisions were found, so the database reads a range of its index on the revision time
     * instead of sorting every revision (the paged list's count and sort took minutes at 500,000 revisions on H2).
     */
    public List<RecentChange> latestChanges(Viewer viewer, String spaceSlug, boolean hideMinor, int limit) {
        Space space = spaceSlug == null ? null : spaces.get(viewer, spaceSlug);
        SpaceFilter filter = space == null ? access.readable(viewer) : null;
        Instant newest = em.createQuery("select max(r.createdAt) from Revision r", Instant.class).getSingleResult();
        if (newest == null) {
            return List.of();
        }
        String jpql = "select new org.commonplace.wiki.RecentChange(s.slug, s.name, p.slug, p.title, r.number, r.authorName,"
                + " r.createdAt, r.summary, r.minor, r.size) from Revision r join r.page p join p.space s where r.createdAt >= :since"
                + " and p.deleted = false" + (hideMinor ? " and r.minor = false" : "")
                + (space != null ? " and s = :space" : " and " + filter.jpql("s")) + " order by r.createdAt desc, r.id desc";
        for (Duration span = Duration.ofDays(1); ; span = span.multipliedBy(8)) {
            boolean everything = span.compareTo(LATEST_LONGEST_WINDOW) > 0;
            var query = em.createQuery(jpql, RecentChange.class).setParameter("since", everything ? EARLIEST : newest.minus(span));
            if (space != null) {
                query.setParameter("space", space);
            } else {
                filter.bind(query);
            }
            List<RecentChange> found = query.setMaxResults(limit).getResultList();
            if (found.size() >= limit || everything) {
                return found;
            }
        }
    }

    /** After this window (about 11 years) the whole history is searched. */
    static final Duration LATEST_LONGEST_WINDOW = Duration.ofDays(4096);
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    /** Recent revisions in one space, or (spaceSlug null) in every space the viewer may see. */
    public Paged<RecentChange> recentChanges(Viewer viewer, String spaceSlug, boolean hideMinor, PageRequest request) {
        String where;
        SpaceFilter filter = null;
        Space space = null;
        if (spaceSlug != null) {
            space = spaces.get(viewer, spaceSlug);
            where = "s = :space";
        } else {
            filter = access.readable(viewer);
            where = filter.jpql("s");
        }
        String jpql = " from Revision r join r.page p join p.space s where p.deleted = false and " + where + (hideMinor ? " and r.minor = false" : "");
        var query = em.createQuery("select new org.commonplace.wiki.RecentChange(s.slug, s.name, p.slug, p.title, r.number, r.authorName,"
                + " r.createdAt, r.summary, r.minor, r.size)" + jpql + " order by r.createdAt desc, r.id desc", RecentChange.class);
        var count = em.createQuery("select count(r)" + jpql, Long.class);
        if (space != null) {
            query.setParameter("space", space);
            count.setParameter("space", space);
        } else {
            filter.bind(query);
            filter.bind(count);
        }
        return new Paged<>(query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(), count.getSingleResult(), request);
    }
}
