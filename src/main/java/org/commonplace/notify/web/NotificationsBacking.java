package org.commonplace.notify.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonplace.notify.NotificationService;
import org.commonplace.notify.NotificationView;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.CurrentViewer;
import org.omnifaces.util.Faces;

/**
 * {@code /notifications}: the signed-in reader's notifications, newest first, unread ones marked, and a
 * "Mark all read" form. Request-scoped: the list is read fresh for every request and holds no form state.
 * Anonymous readers are sent to sign in.
 */
@Named("notifications")
@RequestScoped
public class NotificationsBacking {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentViewer viewer;

    private Integer page;
    private Paged<NotificationView> list;

    public void load() {
        if (!viewer.get().signedIn()) {
            Faces.redirect("login");
        }
    }

    public void markAllRead() {
        notifications.markAllRead(viewer.get());
        Faces.redirect("notifications");
    }

    /** Read on first use, so a postback (which runs no view action) still renders and decodes the form. */
    public Paged<NotificationView> getList() {
        if (list == null) {
            list = notifications.list(viewer.get(), PageRequest.of(page, null));
        }
        return list;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
