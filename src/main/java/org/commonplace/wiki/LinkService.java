package org.commonplace.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceFilter;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;

/**
 * What the link table tells: which pages link here, which linked pages are wanted, which pages nobody links
 * to; plus pages by tag and title suggestions for the editor's link picker. Only pages the viewer may see.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LinkService {

    public static final int MAX_RESULTS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    WikiService wiki;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    /** Pages (in spaces the viewer may see) whose current revision links to this page. */
    public List<Page> backlinks(Viewer viewer, String spaceSlug, String pageSlug) {
        Page page = wiki.requirePage(viewer, spaceSlug, pageSlug);
        SpaceFilter filter = access.readable(viewer);
        return filter.bind(em.createQuery("select p from Page p join p.space s where p.deleted = false and " + filter.jpql("s")
                + " and p.id in (select l.pageId from PageLink l where l.targetSpaceId = :space and l.targetSlug = :slug)"
                + " order by p.title", Page.class))
                .setParameter("space", page.getSpace().getId()).setParameter("slug", page.getSlug())
                .setMaxResults(MAX_RESULTS).getResultList();
    }

    /** Link targets in this space that are neither a page nor a redirect, most linked first. */
    public List<WantedPage> wanted(Viewer viewer, String spaceSlug) {
        Space space = spaces.get(viewer, spaceSlug);
        return em.createQuery("select new org.commonplace.wiki.WantedPage(l.targetSlug, min(l.targetTitle), count(l)) from PageLink l"
                + " where l.targetSpaceId = :space"
                + " and not exists (select p from Page p where p.space.id = :space and p.slug = l.targetSlug and p.deleted = false)"
                + " and not exists (select r from PageRedirect r where r.spaceId = :space and r.slug = l.targetSlug)"
                + " and exists (select src from Page src where src.id = l.pageId and src.deleted = false)"
                + " group by l.targetSlug order by count(l) desc, l.targetSlug", WantedPage.class)
                .setParameter("space", space.getId()).setMaxResults(MAX_RESULTS).getResultList();
    }

    /** Pages of this space that no other page links to. */
    public List<Page> orphans(Viewer viewer, String spaceSlug) {
        Space space = spaces.get(viewer, spaceSlug);
        return em.createQuery("select p from Page p where p.space = :s and p.deleted = false and not exists"
                + " (select l from PageLink l where l.targetSpaceId = :sid and l.targetSlug = p.slug and l.pageId <> p.id)"
                + " order by p.title", Page.class)
                .setParameter("s", space).setParameter("sid", space.getId()).setMaxResults(MAX_RESULTS).getResultList();
    }

    /** Pages of this space with the tag. */
    public List<Page> tagged(Viewer viewer, String spaceSlug, String tag) {
        Space space = spaces.get(viewer, spaceSlug);
        return em.createQuery("select p from Page p join p.tags t where p.space = :s and p.deleted = false and t = :tag order by p.title", Page.class)
                .setParameter("s", space).setParameter("tag", tag == null ? "" : tag.toLowerCase(Locale.ROOT))
                .setMaxResults(MAX_RESULTS).getResultList();
    }

    /** Up to 10 page titles of this space starting with (or containing) the typed text, for the link picker. */
    public List<Page> suggest(Viewer viewer, String spaceSlug, String typed) {
        Space space = spaces.get(viewer, spaceSlug);
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.length() > Page.TITLE_MAX) {
            return List.of();
        }
        String like = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return em.createQuery("select p from Page p where p.space = :s and p.deleted = false and lower(p.title) like :t escape '!'"
                + " order by length(p.title), p.title", Page.class)
                .setParameter("s", space).setParameter("t", like).setMaxResults(10).getResultList();
    }
}
