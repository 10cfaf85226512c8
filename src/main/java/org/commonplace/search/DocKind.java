package org.commonplace.search;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document in the index; the {@code type} field and facet hold {@link #key()}. Phrasebook terms
 * join as one more kind (their own index with the same shared fields) when the phrasebook lands.
 */
public enum DocKind {
    PAGE, THREAD, POST;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocKind> of(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (DocKind kind : values()) {
            if (kind.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
