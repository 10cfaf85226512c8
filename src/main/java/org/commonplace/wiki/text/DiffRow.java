package org.commonplace.wiki.text;

import java.util.List;
import java.util.Objects;

/**
 * One row of a line diff, shaped so that both an inline view (one column) and a side-by-side view
 * (old column, new column) can be drawn from the same list without further computation.
 *
 * <p>Line numbers are 1-based; {@code 0} means "no line on this side" (the old side of an
 * {@link Type#INSERT}, the new side of a {@link Type#DELETE}), and the text of a missing side is the
 * empty string. The segments always concatenate to the text of their side: an {@code EQUAL} row has
 * one {@code SAME} segment per side, a {@code DELETE} row one {@code REMOVED} segment, an
 * {@code INSERT} row one {@code ADDED} segment, and a {@code CHANGE} row carries word-level segments
 * (see {@link TextDiff}). An empty line has no segments.
 *
 * @param type        what happened to the line
 * @param oldLine     line number in the old text, or 0
 * @param newLine     line number in the new text, or 0
 * @param oldText     the old line without its line break, or "" when absent
 * @param newText     the new line without its line break, or "" when absent
 * @param oldSegments the old line split into {@code SAME}/{@code REMOVED} segments
 * @param newSegments the new line split into {@code SAME}/{@code ADDED} segments
 */
public record DiffRow(Type type, int oldLine, int newLine, String oldText, String newText,
                      List<Segment> oldSegments, List<Segment> newSegments) {

    /** Row kinds, as in a unified diff plus {@code CHANGE} for a line edited in place. */
    public enum Type {
        /** The line is the same in both texts. */
        EQUAL,
        /** The line exists only in the new text. */
        INSERT,
        /** The line exists only in the old text. */
        DELETE,
        /** The old line was edited into the new line; the segments show the words that changed. */
        CHANGE
    }

    public DiffRow {
        Objects.requireNonNull(type, "type");
        oldText = oldText == null ? "" : oldText;
        newText = newText == null ? "" : newText;
        oldSegments = List.copyOf(oldSegments);
        newSegments = List.copyOf(newSegments);
    }

    /** Whether the row has a line on the old side. */
    public boolean hasOld() {
        return oldLine > 0;
    }

    /** Whether the row has a line on the new side. */
    public boolean hasNew() {
        return newLine > 0;
    }
}
