package org.commonplace.wiki;

import java.time.Instant;

/** One line of recent changes: a revision of a page in a space. */
public record RecentChange(String spaceSlug, String spaceName, String pageSlug, String pageTitle, int revision,
        String author, Instant at, String summary, boolean minor, int size) {
}
