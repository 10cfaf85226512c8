package org.commonplace.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.commonplace.community.CommunityService;
import org.commonplace.shared.BusinessException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.CurrentViewer;
import org.commonplace.web.Messages;
import org.omnifaces.util.Faces;

/** {@code /communities/review}: editors approve or reject suggested communities, oldest first. */
@Named("reviewCommunities")
@ViewScoped
public class ReviewCommunitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunityService communities;

    @Inject
    CurrentViewer viewer;

    private Integer page;
    private String note;
    private transient Paged<CommunityService.Entry> pending;

    public void load() {
        pending = communities.pending(viewer.get(), new PageRequest(page == null ? 1 : page, 20));
    }

    public void approve(long id) {
        try {
            communities.approve(viewer.get(), id, note);
            Messages.info("communities.approved");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        Faces.redirect("communities/review");
    }

    public void reject(long id) {
        try {
            communities.reject(viewer.get(), id, note);
            Messages.info("communities.rejected");
        } catch (BusinessException e) {
            Messages.show(e, null);
        }
        Faces.redirect("communities/review");
    }

    public Paged<CommunityService.Entry> getPending() {
        if (pending == null) {
            load();
        }
        return pending;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
