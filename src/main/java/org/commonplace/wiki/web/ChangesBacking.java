package org.commonplace.wiki.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.wiki.HistoryService;
import org.commonplace.wiki.RecentChange;

/**
 * {@code /changes} and {@code /s/{space}/changes}: the latest revisions, newest first, across every space the
 * viewer may see or in one space. Plain GET links for paging and for hiding minor edits, so the list can be
 * bookmarked and works without JavaScript.
 */
@Named("wikiChanges")
@RequestScoped
public class ChangesBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    SpaceService spaces;

    @Inject
    HistoryService history;

    @Inject
    CurrentViewer viewer;

    private String slug;
    private Integer page;
    private boolean hideMinor;
    private Space space;
    private Paged<RecentChange> changes;

    public void load() {
        if (slug != null && !slug.isBlank()) {
            space = spaces.get(viewer.get(), slug);
        } else {
            slug = null;
        }
        changes = history.recentChanges(viewer.get(), slug, hideMinor, new PageRequest(page == null ? 1 : page, PAGE_SIZE));
    }

    /** The address of this list (site-wide or one space) with the given page and minor-edit setting. */
    public String link(int pageNumber, boolean hide) {
        StringBuilder url = new StringBuilder(slug == null ? "/changes" : "/s/" + slug + "/changes");
        char sep = '?';
        if (pageNumber > 1) {
            url.append(sep).append("page=").append(pageNumber);
            sep = '&';
        }
        if (hide) {
            url.append(sep).append("hideMinor=true");
        }
        return url.toString();
    }

    public Space getSpace() {
        return space;
    }

    public Paged<RecentChange> getChanges() {
        return changes;
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

    public boolean isHideMinor() {
        return hideMinor;
    }

    public void setHideMinor(boolean hideMinor) {
        this.hideMinor = hideMinor;
    }
}
