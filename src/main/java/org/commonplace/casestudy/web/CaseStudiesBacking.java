package org.commonplace.casestudy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.casestudy.CaseStudyService;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.QueryLinks;

/** {@code /case-studies}: the index with sector, region and tool facets, all plain GET links. */
@Named("caseStudies")
@RequestScoped
public class CaseStudiesBacking {

    static final int PAGE_SIZE = 20;
    private static final List<String> FACETS = List.of("sector", "region", "tool");

    @Inject
    CaseStudyService studies;

    @Inject
    CurrentViewer viewer;

    private String sector;
    private String region;
    private String tool;
    private Integer page;
    private CaseStudyService.Index index;

    public void load() {
        index = studies.index(new CaseStudyService.Filter(sector, region, tool), new PageRequest(page == null ? 1 : page, PAGE_SIZE));
    }

    public List<String> getFacetNames() {
        return FACETS;
    }

    public List<org.commonplace.shared.FacetCounts.Facet> facet(String name) {
        return switch (name) {
            case "sector" -> index.sectors();
            case "region" -> index.regions();
            default -> index.tools();
        };
    }

    /** Whether a facet value is the current filter (labels compare without case). */
    public boolean selected(String name, String value) {
        String current = chosen(name);
        return current != null && current.equalsIgnoreCase(value);
    }

    public String chosen(String name) {
        return switch (name) {
            case "sector" -> sector;
            case "region" -> region;
            default -> tool;
        };
    }

    /** The index with one facet set (or cleared, with null) and paging reset. */
    public String facetLink(String name, String value) {
        return QueryLinks.of("/case-studies", "sector", name.equals("sector") ? value : sector, "region", name.equals("region") ? value : region,
                "tool", name.equals("tool") ? value : tool);
    }

    public String pageLink(int n) {
        return QueryLinks.of("/case-studies", "sector", sector, "region", region, "tool", tool, "page", n > 1 ? n : null);
    }

    public boolean isCanWrite() {
        return viewer.get().signedIn();
    }

    public CaseStudyService.Index getIndex() {
        return index;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getTool() {
        return tool;
    }

    public void setTool(String tool) {
        this.tool = tool;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
