package org.commonplace.search;

import java.util.List;
import java.util.Map;

/** A page of ranked hits, the total, and the facets with counts (keys: type, space, board, author, date). */
public record SearchResult(QueryText query, long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, int page,
        int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
