package org.commonplace.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonplace.search.FacetValue;
import org.commonplace.search.QueryText;
import org.commonplace.search.SearchQuery;
import org.commonplace.search.SearchResult;
import org.commonplace.search.SearchService;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;

/**
 * The search page: ranked hits over pages, threads and posts with facets and paging, all plain GET links so it
 * works without JavaScript; spaces whose names match are listed above the hits.
 */
@Named("search")
@RequestScoped
public class SearchBacking {

    public static final int MAX_QUERY = QueryText.MAX_LENGTH;
    static final List<String> FACETS = List.of("type", "space", "board", "author", "date", "promoted");

    @Inject
    SearchService search;

    @Inject
    SpaceService spaces;

    @Inject
    CurrentViewer viewer;

    private String q;
    private String type;
    private String space;
    private Long board;
    private String author;
    private String date;
    private String promoted;
    private Integer page;
    private SearchResult result;
    private List<Space> spaceHits = List.of();
    private boolean tooLong;
    private boolean tooDeep;
    private boolean blank;

    public void load() {
        if (q != null && q.length() > MAX_QUERY) {
            tooLong = true;
            return;
        }
        if (QueryText.parse(q).isEmpty()) {
            blank = true;
            return;
        }
        try {
            boolean recount = org.commonplace.shared.CacheControl.noCache(jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestHeaderMap().get("Cache-Control"));
            result = search.search(viewer.get(), new SearchQuery(q, type, space, board, author, date, page == null ? 1 : page,
                    SearchQuery.DEFAULT_SIZE, promoted), recount);
        } catch (InvalidInputException e) {
            if ("page".equals(e.getField())) {
                tooDeep = true;
            } else {
                blank = true;
            }
            return;
        }
        if (result.page() == 1) {
            spaceHits = spaces.search(viewer.get(), q);
        }
    }

    /** The link to this search with one facet value chosen (or cleared when it is chosen already), back on page 1. */
    public String facetLink(String facet, FacetValue value) {
        Map<String, String> params = current();
        if (value == null || value.selected()) {
            params.remove(facet);
        } else {
            params.put(facet, value.key());
        }
        return link(params);
    }

    /** The link to another page of this search. */
    public String pageLink(int number) {
        Map<String, String> params = current();
        if (number > 1) {
            params.put("page", Integer.toString(number));
        }
        return link(params);
    }

    public boolean chosen(String facet) {
        return current().containsKey(facet);
    }

    private Map<String, String> current() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q == null ? "" : q);
        put(params, "type", type);
        put(params, "space", space);
        put(params, "board", board == null ? null : board.toString());
        put(params, "author", author);
        put(params, "date", date);
        put(params, "promoted", promoted);
        return params;
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }

    private static String link(Map<String, String> params) {
        StringBuilder sb = new StringBuilder("/search");
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }

    public List<String> getFacetNames() {
        return FACETS;
    }

    public List<FacetValue> facet(String name) {
        return result == null ? List.of() : result.facets().getOrDefault(name, List.of());
    }

    public SearchResult getResult() {
        return result;
    }

    public List<Space> getSpaceHits() {
        return spaceHits;
    }

    public boolean isTooLong() {
        return tooLong;
    }

    /** The page asked for lies beyond {@link SearchQuery#MAX_DEPTH} hits. */
    public boolean isTooDeep() {
        return tooDeep;
    }

    public boolean isBlank() {
        return blank;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSpace() {
        return space;
    }

    public void setSpace(String space) {
        this.space = space;
    }

    public Long getBoard() {
        return board;
    }

    public void setBoard(Long board) {
        this.board = board;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getPromoted() {
        return promoted;
    }

    public void setPromoted(String promoted) {
        this.promoted = promoted;
    }
}
