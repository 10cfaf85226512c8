package org.commonplace.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonplace.notify.NotificationService;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;

/** What the layout shows on every page: who is signed in and the spaces they can go to. */
@Named("layout")
@RequestScoped
public class LayoutBacking {

    @Inject
    CurrentViewer currentViewer;

    @Inject
    SpaceService spaces;

    @Inject
    NotificationService notifications;

    private List<Space> navSpaces;
    private Long unread;

    public Viewer getViewer() {
        return currentViewer.get();
    }

    /** Unread notifications of the signed-in viewer, for the header. */
    public long getUnreadNotifications() {
        if (unread == null) {
            unread = getViewer().signedIn() ? notifications.unreadCount(getViewer()) : 0L;
        }
        return unread;
    }

    public List<Space> getSpaces() {
        if (navSpaces == null) {
            navSpaces = spaces.listVisible(getViewer(), new PageRequest(1, 30)).items();
        }
        return navSpaces;
    }
}
