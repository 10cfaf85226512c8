package org.commonplace.forum;

/**
 * Fired (synchronously, inside the writing transaction) when a post is written, so that subscriptions,
 * mentions and read state can react in the same transaction: a post and what it causes commit together.
 */
public record PostCreated(long postId, long threadId, long boardId, long spaceId, Long authorId, Long parentId,
        Long parentAuthorId, String markdown, boolean opening) {
}
