package org.commonplace.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;

/** The home page: the spaces the visitor may see, most recently active first. */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    SpaceService spaces;

    @Inject
    CurrentViewer viewer;

    private Integer page;
    private Paged<Space> result;

    public void load() {
        result = spaces.listVisible(viewer.get(), new PageRequest(page == null ? 1 : page, 20));
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
