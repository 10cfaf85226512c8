package org.commonplace.search;

import java.util.List;
import java.util.Map;

/**
 * A page of ranked hits, the total, and the facets with counts (keys: type, space, board, author, date, promoted).
 * {@code estimated}: the total and the facet counts were estimated from a sample, because too many documents matched to
 * count them all; they are then rounded to two significant digits.
 */
public record SearchResult(QueryText query, long total, boolean estimated, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
        int page, int size) {

    /** The pages there are, up to the last within {@link SearchQuery#MAX_DEPTH} hits. */
    public int pages() {
        return (int) Math.max(1, Math.min((total + size - 1) / size, SearchQuery.MAX_DEPTH / size));
    }

    /** Whether a next page has hits (an estimated total may promise more pages than there are). */
    public boolean hasNext() {
        return page < pages() && hits.size() == size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
