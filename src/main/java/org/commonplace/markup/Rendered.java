package org.commonplace.markup;

import java.util.List;

/**
 * The result of rendering one Markdown source: sanitized HTML ready to show, the wiki-link targets
 * it names and its headings.
 *
 * @param html     sanitized HTML, safe to emit unescaped
 * @param links    distinct wiki-link targets, in order of first appearance
 * @param headings all headings in document order
 */
public record Rendered(String html, List<WikiLinkRef> links, List<Heading> headings) {

    /** A page shows a table of contents from this many headings on. */
    public static final int TOC_MIN_HEADINGS = 3;

    public Rendered {
        links = List.copyOf(links);
        headings = List.copyOf(headings);
    }

    /** Whether the page should show a table of contents. */
    public boolean hasToc() {
        return headings.size() >= TOC_MIN_HEADINGS;
    }
}
