package org.commonplace.imports.ning;

import java.time.Instant;
import java.util.List;

/**
 * A blog post from {@code ning-blogs[-local].json}: discussion fields plus publication data.
 *
 * @param title plain text with entities unescaped; may be empty (other importers show "Untitled")
 * @param publishStatus "publish", "draft" or "queued", or null
 * @param comments the comments, oldest first
 */
public record NingBlogPost(String id, String contributorName, String title, String descriptionHtml,
                           Instant createdDate, Instant updatedDate, Instant publishTime, String publishStatus,
                           String category, List<String> attachments, List<NingComment> comments) {

    public NingBlogPost {
        attachments = List.copyOf(attachments);
        comments = List.copyOf(comments);
    }
}
