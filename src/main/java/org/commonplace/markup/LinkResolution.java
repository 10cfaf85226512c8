package org.commonplace.markup;

import java.util.Objects;

/**
 * What a {@link LinkResolver} says about one wiki-link target.
 *
 * @param kind the outcome
 * @param url  the page URL ({@link Kind#EXISTS}), the create URL ({@link Kind#MISSING_CREATABLE}),
 *             otherwise {@code null}
 */
public record LinkResolution(Kind kind, String url) {

    /** Outcomes of resolving a wiki link. */
    public enum Kind {
        /** The page exists and the reader may see it: a normal link. */
        EXISTS,
        /** The page does not exist and the reader may create it: a red link. */
        MISSING_CREATABLE,
        /** The page does not exist: plain text. */
        MISSING,
        /** The target space is not visible to the reader: plain text, indistinguishable from MISSING. */
        HIDDEN
    }

    private static final LinkResolution MISSING_RESOLUTION = new LinkResolution(Kind.MISSING, null);
    private static final LinkResolution HIDDEN_RESOLUTION = new LinkResolution(Kind.HIDDEN, null);

    public LinkResolution {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.EXISTS || kind == Kind.MISSING_CREATABLE) && (url == null || url.isBlank())) {
            throw new IllegalArgumentException(kind + " needs a URL");
        }
        if (kind == Kind.MISSING || kind == Kind.HIDDEN) {
            url = null;
        }
    }

    public static LinkResolution exists(String url) {
        return new LinkResolution(Kind.EXISTS, url);
    }

    public static LinkResolution creatable(String createUrl) {
        return new LinkResolution(Kind.MISSING_CREATABLE, createUrl);
    }

    public static LinkResolution missing() {
        return MISSING_RESOLUTION;
    }

    public static LinkResolution hidden() {
        return HIDDEN_RESOLUTION;
    }
}
