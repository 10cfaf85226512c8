package org.commonplace.imports.ning;

import java.time.Instant;
import java.util.List;

/**
 * A comment on a Ning discussion, blog post or member profile ("wall"). Comments have no title.
 *
 * @param id Ning content id, may be null on profile comments
 * @param contributorName the author's member key (not a display name)
 * @param descriptionHtml the body as stored by Ning (HTML)
 * @param createdDate when it was written, null if missing or unparseable
 * @param attachments relative attachment paths with any {@code ?query} removed
 */
public record NingComment(String id, String contributorName, String descriptionHtml, Instant createdDate,
                          List<String> attachments) {

    public NingComment {
        attachments = List.copyOf(attachments);
    }
}
