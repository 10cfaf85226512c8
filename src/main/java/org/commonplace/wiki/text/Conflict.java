package org.commonplace.wiki.text;

import java.util.List;

/**
 * One region where both editors changed the same lines of the base revision differently (or where
 * their changes touch), so that no side can be picked without losing the other's edit.
 *
 * <p>All three chunks are kept in full so that the conflict screen can show both texts and the base;
 * nothing is dropped or shortened. Line numbers are 1-based positions of the chunk's first line in its
 * own text (base, theirs, mine). For an empty chunk (a side that deleted the region, or an insertion
 * where the base had nothing) the number is the one the next line of that text carries, i.e. where the
 * chunk would start.
 *
 * @param baseLine   where the chunk starts in the base text
 * @param base       the base lines of the region (empty when both sides inserted at the same place)
 * @param theirsLine where the chunk starts in their (already saved) text
 * @param theirs     their lines for the region
 * @param mineLine   where the chunk starts in my (submitted) text
 * @param mine       my lines for the region
 */
public record Conflict(int baseLine, List<String> base, int theirsLine, List<String> theirs,
                       int mineLine, List<String> mine) implements MergeResult.Part {

    public Conflict {
        base = List.copyOf(base);
        theirs = List.copyOf(theirs);
        mine = List.copyOf(mine);
    }

    /** The base chunk as text, lines joined with {@code \n}, no final line break. */
    public String baseText() {
        return String.join("\n", base);
    }

    /** Their chunk as text, lines joined with {@code \n}, no final line break. */
    public String theirsText() {
        return String.join("\n", theirs);
    }

    /** My chunk as text, lines joined with {@code \n}, no final line break. */
    public String mineText() {
        return String.join("\n", mine);
    }
}
