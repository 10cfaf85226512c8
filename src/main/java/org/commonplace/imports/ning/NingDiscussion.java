package org.commonplace.imports.ning;

import java.time.Instant;
import java.util.List;

/**
 * A forum topic from {@code ning-discussions[-local].json}, with its comments oldest first.
 *
 * @param id Ning content id, the import key
 * @param contributorName the author's member key; may name a member missing from the members file
 * @param title plain text, HTML entities already unescaped
 * @param descriptionHtml the body HTML as shipped (may be empty)
 * @param category a category name, or null when absent or "Uncategorized"
 * @param groupId the owning group's id, or null when the topic is not in a group
 * @param attachments relative attachment paths with any {@code ?query} removed
 * @param comments the replies, oldest first
 */
public record NingDiscussion(String id, String contributorName, String title, String descriptionHtml,
                             Instant createdDate, Instant updatedDate, String category, String groupId,
                             List<String> attachments, List<NingComment> comments) {

    public NingDiscussion {
        attachments = List.copyOf(attachments);
        comments = List.copyOf(comments);
    }

    /** Discourse skips topics without a title or body; callers may do the same. */
    public boolean isEmpty() {
        return title == null || title.isBlank() || descriptionHtml == null || descriptionHtml.isBlank();
    }
}
