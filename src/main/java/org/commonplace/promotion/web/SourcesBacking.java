package org.commonplace.promotion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.promotion.PromotionService;
import org.commonplace.space.CurrentViewer;

/** {@code /s/{space}/wiki/{page}/sources}: sections ↔ posts ↔ authors, drift, contributors, and what is new since. */
@Named("pageSources")
@RequestScoped
public class SourcesBacking {

    @Inject
    PromotionService promotions;

    @Inject
    CurrentViewer viewer;

    private String space;
    private String page;
    private PromotionService.Sources sources;

    public void load() {
        sources = promotions.sources(viewer.get(), space, page);
    }

    public PromotionService.Sources getSources() {
        return sources;
    }

    public String getSpace() {
        return space;
    }

    public void setSpace(String space) {
        this.space = space;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
