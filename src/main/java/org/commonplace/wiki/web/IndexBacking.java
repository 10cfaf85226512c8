package org.commonplace.wiki.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.Action;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceService;
import org.commonplace.wiki.LinkService;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.PageListService;
import org.commonplace.wiki.TagCount;
import org.commonplace.wiki.WantedPage;

/**
 * {@code /s/{space}/wiki}: every page of the space A–Z (paged), its tags, the pages people link to that do not
 * exist yet (a to-do list for writers) and the pages nobody links to (candidates for linking or merging).
 */
@Named("wikiIndex")
@RequestScoped
public class IndexBacking {

    static final int PAGE_SIZE = 100;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    @Inject
    PageListService pageList;

    @Inject
    LinkService links;

    @Inject
    CurrentViewer viewer;

    private String slug;
    private Integer page;
    private Space space;
    private Paged<Page> pages;
    private List<TagCount> tags;
    private List<WantedPage> wanted;
    private List<Page> orphans;
    private boolean mayEdit;

    public void load() {
        space = spaces.get(viewer.get(), slug);
        mayEdit = access.may(viewer.get(), space, Action.EDIT);
        pages = pageList.pages(viewer.get(), slug, new PageRequest(page == null ? 1 : page, PAGE_SIZE));
        tags = pageList.tags(viewer.get(), slug);
        wanted = links.wanted(viewer.get(), slug);
        orphans = links.orphans(viewer.get(), slug);
    }

    public Space getSpace() {
        return space;
    }

    public Paged<Page> getPages() {
        return pages;
    }

    public List<TagCount> getTags() {
        return tags;
    }

    public List<WantedPage> getWanted() {
        return wanted;
    }

    public List<Page> getOrphans() {
        return orphans;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
