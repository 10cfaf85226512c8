package org.commonplace.wiki.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.Messages;
import org.commonplace.wiki.HistoryService;
import org.commonplace.wiki.PageView;
import org.commonplace.wiki.Revision;
import org.commonplace.wiki.SaveOutcome;
import org.commonplace.wiki.WikiService;
import org.omnifaces.util.Faces;

/**
 * {@code /s/{space}/wiki/{page}/history}: the page's revisions newest first, a pick of two to compare (a plain
 * GET form to the diff page), and "revert to this" for editors.
 */
@Named("wikiHistory")
@ViewScoped
public class HistoryBacking extends PageScopedBacking {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    WikiService wiki;

    @Inject
    HistoryService history;

    @Inject
    CurrentViewer viewer;

    private Integer p;

    private boolean canEdit;
    private boolean deleted;
    private transient Paged<Revision> revisions;

    @Transactional
    public void load() {
        PageView view = wiki.view(viewer.get(), space, page, null);
        describe(view.page());
        canEdit = view.canEdit();
        deleted = view.page().isDeleted();
        revisions = history.history(viewer.get(), space, view.page().getSlug(), new PageRequest(p == null ? 1 : p, PAGE_SIZE));
    }

    public String revert(int number) {
        try {
            SaveOutcome outcome = wiki.revert(viewer.get(), space, page, number);
            if (outcome instanceof SaveOutcome.Saved saved) {
                WikiMessages.info("history.reverted", number, saved.revision().getNumber());
            } else {
                WikiMessages.info("history.revertUnchanged", number);
            }
        } catch (BusinessException e) {
            Messages.show(e, null);
            Faces.redirect("s/%s/wiki/%s/history", space, page);
            return null;
        }
        Faces.redirect("s/%s/wiki/%s", space, page);
        return null;
    }

    public int getPageNumber() {
        return revisions.request().page();
    }

    public boolean isHasPrevious() {
        return revisions.request().page() > 1;
    }

    public boolean isHasNext() {
        return revisions.request().page() < revisions.pageCount();
    }

    public Integer getP() {
        return p;
    }

    public void setP(Integer p) {
        this.p = p;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Paged<Revision> getRevisions() {
        return revisions;
    }
}
