package org.commonplace.notify;

import java.time.Instant;

/** A notification as its reader sees it: why, who, which thread (by title) and where to go ({@code /t/{id}?post={post}#p{post}}, which opens the page that holds the post). */
public record NotificationView(long id, NotificationKind kind, String actorName, long threadId, String threadTitle, long postId,
        Instant createdAt, boolean unread) {

    /** The site-relative link to the post, without the context path. */
    public String link() {
        return "/t/" + threadId + "?post=" + postId + "#p" + postId;
    }
}
