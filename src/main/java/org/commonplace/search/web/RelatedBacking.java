package org.commonplace.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.search.SearchService;
import org.commonplace.search.Suggestion;
import org.commonplace.space.CurrentViewer;

/** "Related discussions" on a wiki page: threads the reader may see that talk about the page's title and tags. */
@Named("related")
@RequestScoped
public class RelatedBacking {

    @Inject
    SearchService search;

    @Inject
    CurrentViewer viewer;

    private List<Suggestion> threads;

    public List<Suggestion> threads(String space, String page) {
        if (threads == null) {
            threads = space == null || page == null ? List.of() : search.relatedDiscussions(viewer.get(), space, page);
        }
        return threads;
    }
}
