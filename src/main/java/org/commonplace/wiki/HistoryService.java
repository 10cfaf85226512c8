package org.commonplace.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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
