package org.commonplace.imports.ning;

import java.time.Instant;
import java.util.List;

/**
 * A page ({@code ning-pages.json}) or note ({@code ning-notes.json}); both become wiki pages.
 *
 * @param kind which file the record came from
 * @param title plain text, entities unescaped
 * @param attachments relative attachment paths ({@code fileAttachments}) with any {@code ?query} removed
 */
public record NingPage(Kind kind, String id, String contributorName, String title, String descriptionHtml,
                       Instant createdDate, Instant updatedDate, List<String> attachments) {

    public NingPage {
        attachments = List.copyOf(attachments);
    }

    /** The source file family of a page-like record. */
    public enum Kind { PAGE, NOTE }
}
