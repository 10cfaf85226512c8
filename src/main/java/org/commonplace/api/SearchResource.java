package org.commonplace.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonplace.search.FacetValue;
import org.commonplace.search.SearchHit;
import org.commonplace.search.SearchQuery;
import org.commonplace.search.SearchResult;
import org.commonplace.search.SearchService;
import org.commonplace.search.Suggestion;
import org.commonplace.space.CurrentViewer;

/**
 * {@code GET /api/v1/search}: ranked hits over pages, threads and posts the caller may read, with facet counts.
 * {@code GET /api/v1/search/suggest}: title autocomplete.
 */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    CurrentViewer viewer;

    /** One hit; {@code snippet} is HTML: the text escaped, with {@code <mark>} around matched words. */
    public record HitJson(String type, String title, String url, String snippet, String space, String spaceName, Instant date,
            String author) {
        static HitJson of(SearchHit h) {
            return new HitJson(h.type().key(), h.title(), h.url(), h.snippetHtml(), h.spaceSlug(), h.spaceName(), h.date(), h.author());
        }
    }

    /**
     * The answer: total hits, this page of hits, and per facet the count of each value. {@code estimated}: the total and
     * the facet counts were estimated from a sample (rounded to two significant digits), because too many documents
     * matched to count them all.
     */
    public record ResultJson(long total, int page, int size, List<HitJson> hits, Map<String, Map<String, Long>> facets,
            boolean estimated) {
    }

    public record SuggestionJson(String type, String title, String url, String space) {
        static SuggestionJson of(Suggestion s) {
            return new SuggestionJson(s.type(), s.title(), s.url(), s.space());
        }
    }

    @GET
    public ResultJson search(@QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("space") String space,
            @QueryParam("board") Long board, @QueryParam("author") String author, @QueryParam("date") String date,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("promoted") String promoted,
            @HeaderParam("Cache-Control") String cacheControl) {
        // "Cache-Control: no-cache" (a hard reload, or a benchmark measuring the full cost) counts afresh.
        boolean recount = org.commonplace.shared.CacheControl.noCache(cacheControl);
        SearchResult result = search.search(viewer.get(), new SearchQuery(q, type, space, board, author, date,
                page == null ? 1 : page, size == null ? SearchQuery.DEFAULT_SIZE : size, promoted), recount);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        result.facets().forEach((name, values) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (FacetValue v : values) {
                counts.put(v.key(), v.count());
            }
            facets.put(name, counts);
        });
        return new ResultJson(result.total(), result.page(), result.size(), result.hits().stream().map(HitJson::of).toList(), facets,
                result.estimated());
    }

    /** Threads like the given text (a new thread's title), for the new-thread form. */
    @GET
    @Path("/similar")
    public List<SuggestionJson> similar(@QueryParam("q") String q) {
        return search.similarThreads(viewer.get(), q, List.of()).stream().map(SuggestionJson::of).toList();
    }

    @GET
    @Path("/suggest")
    public List<SuggestionJson> suggest(@QueryParam("q") String q) {
        return search.suggest(viewer.get(), q).stream().map(SuggestionJson::of).toList();
    }
}
