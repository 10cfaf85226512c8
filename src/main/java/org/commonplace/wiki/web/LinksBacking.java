package org.commonplace.wiki.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import org.commonplace.shared.NotFoundException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.wiki.LinkService;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.WikiService;

/**
 * {@code /s/{space}/wiki/{page}/links}: "What links here", from any space the viewer may see. Rows are copied
 * out inside one read transaction, because a linking page's space is loaded lazily.
 */
@Named("wikiLinks")
@RequestScoped
public class LinksBacking {

    /** One linking page, with the space it lives in. */
    public record Backlink(String spaceSlug, String spaceName, String pageSlug, String title, boolean otherSpace) {
    }

    @Inject
    SpaceService spaces;

    @Inject
    WikiService wiki;

    @Inject
    LinkService links;

    @Inject
    CurrentViewer viewer;

    private String slug;
    private String pageSlug;
    private Space space;
    private Page target;
    private List<Backlink> backlinks;

    @Transactional
    public void load() {
        space = spaces.get(viewer.get(), slug);
        target = wiki.find(viewer.get(), slug, pageSlug).filter(p -> !p.isDeleted())
                .orElseThrow(() -> new NotFoundException("There is no such page in this space."));
        backlinks = links.backlinks(viewer.get(), slug, pageSlug).stream()
                .map(p -> new Backlink(p.getSpace().getSlug(), p.getSpace().getName(), p.getSlug(), p.getTitle(),
                        !p.getSpace().getId().equals(space.getId())))
                .toList();
    }

    public Space getSpace() {
        return space;
    }

    public Page getTarget() {
        return target;
    }

    public List<Backlink> getBacklinks() {
        return backlinks;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getPageSlug() {
        return pageSlug;
    }

    public void setPageSlug(String pageSlug) {
        this.pageSlug = pageSlug;
    }
}
