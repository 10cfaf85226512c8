package org.commonplace.imports;

import java.util.Locale;
import java.util.Optional;

/** The archive formats Commonplace imports. */
public enum ImportFormat {
    NING("Ning"),
    MBOX("mail"),
    MEDIAWIKI("MediaWiki");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    /** How an imported item names its origin: "Imported from Ning". */
    public String label() {
        return label;
    }

    /** The lower-case name used in URLs and the API ({@code ning}, {@code mbox}, {@code mediawiki}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportFormat> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (ImportFormat f : values()) {
            if (f.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
