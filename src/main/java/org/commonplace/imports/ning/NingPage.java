package org.commonplace.imports.ning;

import java.time.Instant;

/**
 * A page ({@code ning-pages.json}) or note ({@code ning-notes.json}); both become wiki pages.
 *
 * @param kind which file the record came from
 * @param title plain text, entities unescaped
 */
public record NingPage(Kind kind, String id, String contributorName, String title, String descriptionHtml,
                       Instant createdDate, Instant updatedDate) {

    /** The source file family of a page-like record. */
    public enum Kind { PAGE, NOTE }
}
