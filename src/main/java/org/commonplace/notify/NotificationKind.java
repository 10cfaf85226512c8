package org.commonplace.notify;

/**
 * Why someone is told about a post. When several apply to one person, only the strongest is kept (the
 * declaration order is the priority: a mention beats a reply, which beats a followed thread or board).
 */
public enum NotificationKind {
    /** The post names the person as {@code @username}. */
    MENTION,
    /** The post answers one of the person's posts. */
    REPLY,
    /** The person follows the thread or its board. */
    FOLLOWED
}
