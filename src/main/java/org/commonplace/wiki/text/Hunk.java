package org.commonplace.wiki.text;

import java.util.List;

/**
 * A group of changed rows with up to N unchanged rows of context around them, as produced by
 * {@link TextDiff#hunks(int)}; the unchanged rows between hunks are folded away and only counted.
 *
 * <p>The start/count fields follow unified-diff conventions: {@code oldStart} is the first old line
 * of the hunk, or, when the hunk has no old lines, the number of the old line just before it (0 at the
 * top of the text). Same for the new side.
 *
 * @param oldStart      first old line (1-based), see above
 * @param oldCount      number of old lines in the hunk
 * @param newStart      first new line (1-based), see above
 * @param newCount      number of new lines in the hunk
 * @param skippedBefore unchanged lines folded away between the previous hunk (or the top) and this one
 * @param rows          the rows of the hunk, context included
 * @param skippedAfter  unchanged lines folded away after this hunk up to the end of the text; only the
 *                      last hunk has a non-zero value, so that no folded line is counted twice
 */
public record Hunk(int oldStart, int oldCount, int newStart, int newCount,
                   int skippedBefore, List<DiffRow> rows, int skippedAfter) {

    public Hunk {
        rows = List.copyOf(rows);
    }

    /** The unified-diff header, e.g. {@code @@ -3,7 +3,8 @@}. */
    public String header() {
        return "@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@";
    }
}
