package org.commonplace.markup;

import java.util.Objects;

/**
 * One wiki-link target found in a source: what the wiki stores in its link table (backlinks,
 * wanted pages).
 *
 * @param space the space slug written in {@code [[space:Title]]}, or {@code null} for the current space
 * @param title the page title as written, whitespace collapsed
 */
public record WikiLinkRef(String space, String title) {

    public WikiLinkRef {
        Objects.requireNonNull(title, "title");
    }

    /** The page slug the title maps to. */
    public String slug() {
        return Slugs.slugify(title);
    }
}
