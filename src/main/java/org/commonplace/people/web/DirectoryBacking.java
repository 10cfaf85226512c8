package org.commonplace.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.people.DirectoryService;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.Messages;
import org.commonplace.web.QueryLinks;

/**
 * {@code /people}: the member and expert directory, filtered by expertise tag, text and "available for consulting"
 * through plain GET links, so every filter state has an address.
 */
@Named("people")
@RequestScoped
public class DirectoryBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    DirectoryService directory;

    @Inject
    CurrentViewer viewer;

    private String tag;
    private String q;
    private boolean consulting;
    private boolean all;
    private Integer page;
    private DirectoryService.Directory result;

    public void load() {
        try {
            result = directory.directory(viewer.get(), new DirectoryService.Query(tag, q, consulting, all),
                    new PageRequest(page == null ? 1 : page, PAGE_SIZE));
        } catch (BusinessException e) {
            Messages.show(e, null);
            q = null;
            result = directory.directory(viewer.get(), new DirectoryService.Query(tag, null, consulting, all), new PageRequest(1, PAGE_SIZE));
        }
    }

    /** The directory with one filter changed and paging reset. */
    public String tagLink(String newTag) {
        return QueryLinks.of("/people", "tag", newTag, "q", q, "consulting", consulting, "all", all);
    }

    public String consultingLink(boolean on) {
        return QueryLinks.of("/people", "tag", tag, "q", q, "consulting", on, "all", all);
    }

    public String pageLink(int n) {
        return QueryLinks.of("/people", "tag", tag, "q", q, "consulting", consulting, "all", all, "page", n > 1 ? n : null);
    }

    public DirectoryService.Directory getResult() {
        return result;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isConsulting() {
        return consulting;
    }

    public void setConsulting(boolean consulting) {
        this.consulting = consulting;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
