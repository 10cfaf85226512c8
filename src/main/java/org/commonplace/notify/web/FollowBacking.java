package org.commonplace.notify.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.HashMap;
import java.util.Map;
import org.commonplace.notify.SubscriptionService;
import org.commonplace.space.CurrentViewer;
import org.omnifaces.util.Faces;

/**
 * The Follow/Unfollow button of a thread or a board ({@code notify/follow.xhtml}). The id travels in the form as
 * a plain hidden field ({@value #THREAD_PARAM} or {@value #BOARD_PARAM}), so the button works on any page that
 * includes the fragment, whatever that page's own beans; after the change the reader is sent back to the page.
 */
@Named("follow")
@RequestScoped
public class FollowBacking {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    CurrentViewer viewer;

    /** The request parameters that carry the thread or board id. */
    public static final String THREAD_PARAM = "followThreadId";
    public static final String BOARD_PARAM = "followBoardId";

    private final Map<Long, Boolean> following = new HashMap<>();
    private final Map<Long, Boolean> followingBoard = new HashMap<>();

    /** Whether the reader follows the thread; asked once per thread and request. */
    public boolean isFollowing(long thread) {
        return following.computeIfAbsent(thread, t -> subscriptions.isFollowingThread(viewer.get(), t));
    }

    /** Whether the reader follows the board; asked once per board and request. */
    public boolean isFollowingBoard(long board) {
        return followingBoard.computeIfAbsent(board, b -> subscriptions.isFollowingBoard(viewer.get(), b));
    }

    public void toggle() {
        Long threadId = idParam(THREAD_PARAM);
        Long boardId = idParam(BOARD_PARAM);
        if (threadId != null) {
            if (subscriptions.isFollowingThread(viewer.get(), threadId)) {
                subscriptions.unfollowThread(viewer.get(), threadId);
            } else {
                subscriptions.followThread(viewer.get(), threadId);
            }
            Faces.redirect("t/%s", threadId);
        } else if (boardId != null) {
            if (subscriptions.isFollowingBoard(viewer.get(), boardId)) {
                subscriptions.unfollowBoard(viewer.get(), boardId);
            } else {
                subscriptions.followBoard(viewer.get(), boardId);
            }
            // back to the public address the form was posted to (the board's), not the view it was forwarded to
            Object publicUri = Faces.getRequestAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            Faces.redirect(publicUri != null ? publicUri.toString() : Faces.getRequestContextPath() + "/");
        }
    }

    private static Long idParam(String name) {
        String value = Faces.getRequestParameter(name);
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }
}
