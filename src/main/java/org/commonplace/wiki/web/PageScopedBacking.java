package org.commonplace.wiki.web;

import java.io.Serializable;
import org.commonplace.wiki.Page;

/**
 * What the page-level wiki views (history, diff, blame) share: the {@code space} and {@code page} path
 * parameters and the heading they show (space name, page title, current revision).
 */
public abstract class PageScopedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    protected String space;
    protected String page;
    private String spaceName;
    private String title;
    private int currentRevision;

    /** Copies the heading out of the page while it is still attached. */
    protected void describe(Page shown) {
        spaceName = shown.getSpace().getName();
        title = shown.getTitle();
        currentRevision = shown.getCurrentRevision();
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

    public String getSpaceName() {
        return spaceName;
    }

    public String getTitle() {
        return title;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }
}
