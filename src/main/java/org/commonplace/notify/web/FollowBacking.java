package org.commonplace.notify.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.commonplace.notify.SubscriptionService;
import org.commonplace.space.CurrentViewer;
import org.omnifaces.util.Faces;

/**
 * The Follow/Unfollow button of a thread ({@code notify/follow-thread.xhtml}). The thread id travels in the
 * form as a plain hidden field ({@value #THREAD_PARAM}), so the button works on any page that includes the
 * fragment, whatever that page's own beans; after the change the reader is sent back to the thread.
 */
@Named("follow")
@RequestScoped
public class FollowBacking {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    CurrentViewer viewer;

    /** The request parameter that carries the thread id. */
    public static final String THREAD_PARAM = "followThreadId";

    private final Map<Long, Boolean> following = new HashMap<>();

    /** Whether the reader follows the thread; asked once per thread and request. */
    public boolean isFollowing(long thread) {
        return following.computeIfAbsent(thread, t -> subscriptions.isFollowingThread(viewer.get(), t));
    }

    public void toggle() {
        Long threadId = threadParam();
        if (threadId == null) {
            return;
        }
        if (subscriptions.isFollowingThread(viewer.get(), threadId)) {
            subscriptions.unfollowThread(viewer.get(), threadId);
        } else {
            subscriptions.followThread(viewer.get(), threadId);
        }
        Faces.redirect("t/%s", threadId);
    }

    private static Long threadParam() {
        String value = Faces.getRequestParameter(THREAD_PARAM);
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }
}
