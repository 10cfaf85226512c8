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
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;

/**
 * The pages of a space as listings show them: A–Z and paged, and the space's tags with their page counts.
 * Kept apart from {@link LinkService} (what the link table tells) and {@link WikiService} (one page at a
 * time). Every method goes through {@link SpaceService#get}, so a hidden space is simply not found.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PageListService {

    /** How many tags the tag list shows at most. */
    public static final int TAGS_MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    SpaceService spaces;

    /** The space's pages (not deleted), by title A–Z. */
    public Paged<Page> pages(Viewer viewer, String spaceSlug, PageRequest request) {
        Space space = spaces.get(viewer, spaceSlug);
        List<Page> items = em.createQuery("select p from Page p where p.space = :s and p.deleted = false order by lower(p.title), p.id", Page.class)
                .setParameter("s", space).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(p) from Page p where p.space = :s and p.deleted = false", Long.class)
                .setParameter("s", space).getSingleResult();
        return new Paged<>(items, total, request);
    }

    /** The tags used in the space, A–Z, each with the number of its pages. */
    public List<TagCount> tags(Viewer viewer, String spaceSlug) {
        Space space = spaces.get(viewer, spaceSlug);
        return em.createQuery("select new org.commonplace.wiki.TagCount(t, count(p)) from Page p join p.tags t"
                + " where p.space = :s and p.deleted = false group by t order by t", TagCount.class)
                .setParameter("s", space).setMaxResults(TAGS_MAX).getResultList();
    }
}
