package org.commonplace.promotion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.promotion.PromotionService;
import org.commonplace.space.CurrentViewer;

/** {@code /s/{space}/distil}: the editorial queue of threads worth distilling, for the space's editors. */
@Named("distilQueue")
@RequestScoped
public class QueueBacking {

    @Inject
    PromotionService promotions;

    @Inject
    CurrentViewer viewer;

    private String space;
    private List<PromotionService.Candidate> candidates;

    public void load() {
        candidates = promotions.queue(viewer.get(), space, 100);
    }

    public List<PromotionService.Candidate> getCandidates() {
        return candidates;
    }

    public String getSpace() {
        return space;
    }

    public void setSpace(String space) {
        this.space = space;
    }
}
