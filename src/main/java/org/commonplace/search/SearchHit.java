package org.commonplace.search;

import java.time.Instant;

/**
 * One ranked hit. {@code titleHtml} and {@code snippetHtml} are the user's text HTML-escaped with only
 * {@code <mark>} added around the matched words; everything else is plain text.
 */
public record SearchHit(DocKind type, String title, String titleHtml, String url, String snippetHtml, String spaceSlug,
        String spaceName, Instant date, String author) {
}
