package org.commonplace.wiki.text;

import java.util.Objects;

/**
 * A run of characters within one line of a {@link DiffRow}, marked as unchanged, added or removed.
 *
 * <p>The text is the raw line content, never markup: views escape it and wrap it in their own
 * highlighting. Concatenating the segments of one side of a row gives back that side's line exactly.
 *
 * @param text the characters, not escaped, never empty
 * @param kind whether the characters are in both lines, only in the new one, or only in the old one
 */
public record Segment(String text, Kind kind) {

    /** How a segment relates the old line to the new one. */
    public enum Kind {
        /** In both the old and the new line. */
        SAME,
        /** Only in the new line. */
        ADDED,
        /** Only in the old line. */
        REMOVED
    }

    public Segment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
