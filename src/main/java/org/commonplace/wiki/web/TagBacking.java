package org.commonplace.wiki.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.wiki.LinkService;
import org.commonplace.wiki.Page;

/** {@code /s/{space}/tag/{tag}}: the pages of a space that carry a tag, A–Z. */
@Named("wikiTag")
@RequestScoped
public class TagBacking {

    @Inject
    SpaceService spaces;

    @Inject
    LinkService links;

    @Inject
    CurrentViewer viewer;

    private String slug;
    private String tag;
    private Space space;
    private List<Page> pages;

    public void load() {
        space = spaces.get(viewer.get(), slug);
        pages = links.tagged(viewer.get(), slug, tag);
    }

    public Space getSpace() {
        return space;
    }

    public List<Page> getPages() {
        return pages;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }
}
