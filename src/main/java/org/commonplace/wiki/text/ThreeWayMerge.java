package org.commonplace.wiki.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * diff3-style three-way merge of page texts, line by line.
 *
 * <p>Role: when an edit is submitted against a base revision that is no longer the latest, the edit
 * service merges "what happened since" ({@code base → theirs}) with "what this editor did"
 * ({@code base → mine}). Why: the alternative, last save wins, silently loses edits.
 *
 * <p>How: both sides are diffed against the base with java-diff-utils; each change is a range of base
 * lines plus its replacement. Changes are grouped into regions: two changes (from either side) belong
 * to the same region when they overlap <em>or touch</em> (the second starts at or before the end of the
 * first; an insertion is an empty range, so two insertions at the same place touch). In each region:
 * <ul>
 *   <li>only one side changed → that side's lines are taken;</li>
 *   <li>both sides ended up with identical lines → taken once;</li>
 *   <li>otherwise → a {@link Conflict} holding base, their and my lines in full. This covers
 *       overlapping different edits, different insertions at the same place, and one side deleting
 *       lines that the other changed.</li>
 * </ul>
 * Treating touching changes as a conflict is deliberately conservative (git does the same): two edits
 * are merged silently only when at least one untouched base line separates them.
 *
 * <p>Line breaks: all three texts are normalised first ({@code \r\n} and a lone {@code \r} become
 * {@code \n}), so a browser's CRLF submission merges with LF-stored revisions; the result always uses
 * {@code \n}. Whether the text ends with a line break is merged on its own like a one-bit line: if their
 * side changed it relative to the base, theirs wins, otherwise mine (an empty side counts as unchanged).
 * An empty base (a page created concurrently) is a text with no lines: both sides then insert at the same
 * place, which is clean only when they are identical.
 *
 * <p>Stateless and thread-safe.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    /**
     * Merges two edits of the same base text.
     *
     * @param base   the revision both editors started from; {@code null} or empty for a new page
     * @param theirs the text saved meanwhile by someone else (the current revision)
     * @param mine   the text submitted now
     * @return the merge result; never {@code null}
     */
    public static MergeResult merge(String base, String theirs, String mine) {
        Lines b = Lines.of(base);
        Lines t = Lines.of(theirs);
        Lines m = Lines.of(mine);
        List<Edit> theirEdits = edits(b.lines(), t.lines());
        List<Edit> myEdits = edits(b.lines(), m.lines());

        List<MergeResult.Part> parts = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> baseLines = b.lines();
        int basePos = 0;
        int theirOffset = 0;
        int myOffset = 0;
        int ti = 0;
        int mi = 0;
        while (ti < theirEdits.size() || mi < myEdits.size()) {
            boolean theirsFirst = mi >= myEdits.size()
                    || (ti < theirEdits.size() && theirEdits.get(ti).start <= myEdits.get(mi).start);
            Edit first = theirsFirst ? theirEdits.get(ti) : myEdits.get(mi);
            int regionStart = first.start;
            int regionEnd = first.end;
            int tFrom = ti;
            int mFrom = mi;
            boolean grew = true;
            while (grew) {
                grew = false;
                while (ti < theirEdits.size() && theirEdits.get(ti).start <= regionEnd) {
                    regionEnd = Math.max(regionEnd, theirEdits.get(ti).end);
                    ti++;
                    grew = true;
                }
                while (mi < myEdits.size() && myEdits.get(mi).start <= regionEnd) {
                    regionEnd = Math.max(regionEnd, myEdits.get(mi).end);
                    mi++;
                    grew = true;
                }
            }
            pending.addAll(baseLines.subList(basePos, regionStart));

            List<Edit> theirRegion = theirEdits.subList(tFrom, ti);
            List<Edit> myRegion = myEdits.subList(mFrom, mi);
            List<String> theirLines = apply(baseLines, regionStart, regionEnd, theirRegion);
            List<String> myLines = apply(baseLines, regionStart, regionEnd, myRegion);
            if (theirRegion.isEmpty()) {
                pending.addAll(myLines);
            } else if (myRegion.isEmpty() || theirLines.equals(myLines)) {
                pending.addAll(theirLines);
            } else {
                if (!pending.isEmpty()) {
                    parts.add(new MergeResult.Resolved(pending));
                    pending = new ArrayList<>();
                }
                parts.add(new Conflict(regionStart + 1, baseLines.subList(regionStart, regionEnd),
                        regionStart + theirOffset + 1, theirLines,
                        regionStart + myOffset + 1, myLines));
            }
            theirOffset += growth(theirRegion);
            myOffset += growth(myRegion);
            basePos = regionEnd;
        }
        pending.addAll(baseLines.subList(basePos, baseLines.size()));
        if (!pending.isEmpty()) {
            parts.add(new MergeResult.Resolved(pending));
        }
        return new MergeResult(parts, mergeTrailingNewline(b, t, m));
    }

    private static boolean mergeTrailingNewline(Lines base, Lines theirs, Lines mine) {
        boolean theirFlag = theirs.lines().isEmpty() ? base.trailingNewline() : theirs.trailingNewline();
        boolean myFlag = mine.lines().isEmpty() ? base.trailingNewline() : mine.trailingNewline();
        return theirFlag != base.trailingNewline() ? theirFlag : myFlag;
    }

    /** A change of one side: base lines {@code [start, end)} replaced by {@code lines}. */
    private record Edit(int start, int end, List<String> lines) { }

    private static List<Edit> edits(List<String> base, List<String> side) {
        List<Edit> edits = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(base, side).getDeltas()) {
            int start = delta.getSource().getPosition();
            edits.add(new Edit(start, start + delta.getSource().size(), delta.getTarget().getLines()));
        }
        return edits;
    }

    private static List<String> apply(List<String> base, int from, int to, List<Edit> edits) {
        List<String> out = new ArrayList<>();
        int pos = from;
        for (Edit edit : edits) {
            out.addAll(base.subList(pos, edit.start));
            out.addAll(edit.lines);
            pos = edit.end;
        }
        out.addAll(base.subList(pos, to));
        return out;
    }

    private static int growth(List<Edit> edits) {
        int growth = 0;
        for (Edit edit : edits) {
            growth += edit.lines.size() - (edit.end - edit.start);
        }
        return growth;
    }
}
