package org.commonplace.api;

import java.time.Instant;
import org.commonplace.wiki.PageView;
import org.commonplace.wiki.Revision;

/**
 * One revision of a page. In the revisions listing only the summary fields are filled ({@code title},
 * {@code markdown} and {@code html} are null and left out); {@code GET .../revisions/{n}} fills them all.
 */
public record RevisionJson(int revision, String title, String markdown, String html, String author, Instant createdAt,
        String summary, boolean minor, int size) {

    static RevisionJson summary(Revision r) {
        return new RevisionJson(r.getNumber(), null, null, null, r.getAuthorName(), r.getCreatedAt(), r.getSummary(),
                r.isMinor(), r.getSize());
    }

    static RevisionJson full(PageView view) {
        Revision r = view.revision();
        return new RevisionJson(r.getNumber(), r.getTitle(), r.getMarkdown(), view.html(), r.getAuthorName(), r.getCreatedAt(),
                r.getSummary(), r.isMinor(), r.getSize());
    }
}
