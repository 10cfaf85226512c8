package org.commonplace.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.wiki.HistoryService;
import org.commonplace.wiki.RecentChange;

/** The home page: the spaces the visitor may see, most recently active first. */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    SpaceService spaces;

    @Inject
    CurrentViewer viewer;

    @Inject
    HistoryService history;

    private Integer page;
    private Paged<Space> result;
    private List<RecentChange> changes;

    public void load() {
        result = spaces.listVisible(viewer.get(), new PageRequest(page == null ? 1 : page, 20));
        changes = history.latestChanges(viewer.get(), null, true, 8);
    }

    /** Recent activity across the spaces the visitor may see (page edits for now; posts join with the forum). */
    public List<RecentChange> getChanges() {
        return changes;
    }

    public Paged<Space> getResult() {
        return result;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
