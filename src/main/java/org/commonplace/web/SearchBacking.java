package org.commonplace.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;

/** The search page. Until full-text search lands it searches the names and descriptions of visible spaces. */
@Named("search")
@RequestScoped
public class SearchBacking {

    public static final int MAX_QUERY = 1000;

    @Inject
    SpaceService spaces;

    @Inject
    CurrentViewer viewer;

    private String q;
    private List<Space> hits = List.of();
    private boolean tooLong;

    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        if (q.length() > MAX_QUERY) {
            tooLong = true;
            return;
        }
        hits = spaces.search(viewer.get(), q);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<Space> getHits() {
        return hits;
    }

    public boolean isTooLong() {
        return tooLong;
    }

    public boolean isBlank() {
        return q == null || q.isBlank();
    }
}
