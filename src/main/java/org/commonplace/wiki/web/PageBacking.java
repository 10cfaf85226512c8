package org.commonplace.wiki.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.commonplace.shared.BusinessException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.Messages;
import org.commonplace.wiki.PageView;
import org.commonplace.wiki.WikiService;
import org.omnifaces.util.Faces;

/**
 * {@code /s/{space}/wiki/{page}} (and {@code ?rev=N}): one page as its reader may see it, with the page's
 * actions (watch, rename, delete, restore). Everything the view shows is read in {@link #load()}, inside one
 * transaction, so no lazy association is touched while rendering.
 */
@Named("wikiPage")
@ViewScoped
public class PageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WikiService wiki;

    @Inject
    CurrentViewer viewer;

    @Inject
    org.commonplace.phrasebook.TermMarking termMarking;

    private String space;
    private String page;
    private Integer rev;

    private String spaceName;
    private String pageSlug;
    private String title;
    private String html;
    private String redirectedFrom;
    private boolean canEdit;
    private boolean canCurate;
    private boolean deleted;
    private boolean oldRevision;
    private int revisionNumber;
    private int currentRevision;
    private String author;
    private Instant editedAt;
    private List<String> tags;
    private boolean watching;
    private String newTitle;

    @Transactional
    public void load() {
        PageView view = wiki.view(viewer.get(), space, page, rev);
        spaceName = view.page().getSpace().getName();
        pageSlug = view.page().getSlug();
        title = view.oldRevision() ? view.revision().getTitle() : view.page().getTitle();
        // phrasebook terms are marked here, at view time; the stored HTML and the REST html field stay unmarked
        html = termMarking.markPage(view.page().getSpace(), view.page().getId(), view.revision().getNumber(), view.html());
        redirectedFrom = view.redirectedFrom();
        canEdit = view.canEdit();
        canCurate = view.canCurate();
        deleted = view.page().isDeleted();
        oldRevision = view.oldRevision();
        revisionNumber = view.revision().getNumber();
        currentRevision = view.page().getCurrentRevision();
        author = view.revision().getAuthorName();
        editedAt = view.revision().getCreatedAt();
        tags = List.copyOf(view.page().getTags());
        watching = wiki.watching(viewer.get(), view.page());
        newTitle = view.page().getTitle();
    }

    public String toggleWatch() {
        try {
            boolean now = wiki.toggleWatch(viewer.get(), space, pageSlug);
            WikiMessages.info(now ? "page.watching" : "page.notWatching");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        return redirect(pageSlug);
    }

    public String rename() {
        try {
            String slug = wiki.rename(viewer.get(), space, pageSlug, newTitle).getSlug();
            WikiMessages.info("page.renamed");
            return redirect(slug);
        } catch (BusinessException e) {
            Messages.show(e, "rename");
            return null;
        }
    }

    public String delete() {
        try {
            wiki.delete(viewer.get(), space, pageSlug);
            WikiMessages.info("page.deletedDone");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        return redirect(pageSlug);
    }

    public String restore() {
        try {
            wiki.restore(viewer.get(), space, pageSlug);
            WikiMessages.info("page.restored");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        return redirect(pageSlug);
    }

    private String redirect(String slug) {
        Faces.redirect("s/%s/wiki/%s", space, slug);
        return null;
    }

    public boolean isSignedIn() {
        return viewer.get().signedIn();
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

    public Integer getRev() {
        return rev;
    }

    public void setRev(Integer rev) {
        this.rev = rev;
    }

    public String getSpaceName() {
        return spaceName;
    }

    public String getPageSlug() {
        return pageSlug;
    }

    public String getTitle() {
        return title;
    }

    public String getHtml() {
        return html;
    }

    public String getRedirectedFrom() {
        return redirectedFrom;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public boolean isCanCurate() {
        return canCurate;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public boolean isOldRevision() {
        return oldRevision;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public List<String> getTags() {
        return tags;
    }

    public boolean isWatching() {
        return watching;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }
}
