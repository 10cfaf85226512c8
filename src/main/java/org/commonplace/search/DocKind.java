package org.commonplace.search;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document in the index; the {@code type} field and facet hold {@link #key()}. Each kind has its own
 * index with the same shared fields.
 */
public enum DocKind {
    PAGE, THREAD, POST, TERM;

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
