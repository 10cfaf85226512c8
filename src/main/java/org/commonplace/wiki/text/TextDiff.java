package org.commonplace.wiki.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-by-line comparison of two page texts, for the {@code /diff} view and for history statistics.
 *
 * <p>Role: turn two revisions into a view model ({@link DiffRow}s, optionally folded into
 * {@link Hunk}s) that templates can render inline or side by side without doing any diffing
 * themselves. Why here: the same comparison backs the HTML view, the REST diff and the history
 * "+added −removed" figures, so it must be computed one way only.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Line breaks are normalised ({@code \r\n} and lone {@code \r} become {@code \n}) before
 *       comparing, and a final line break is not a line; whether it changed is reported separately by
 *       {@link #trailingNewlineChanged()}.</li>
 *   <li>Lines are diffed with java-diff-utils (Myers). A changed block of {@code m} old and {@code n}
 *       new lines is shown as {@code min(m, n)} {@code CHANGE} rows pairing the lines in order,
 *       followed by the surplus as {@code DELETE} or {@code INSERT} rows.</li>
 *   <li>Within a {@code CHANGE} row the two lines are diffed again on word tokens: a token is a run
 *       of letters, combining marks, digits and underscores, or a run of whitespace, or any other
 *       single character (so punctuation is its own token). The tokens cover the line exactly, so the
 *       segments of each side concatenate to the original line.</li>
 *   <li>Segment text is raw text; escaping is the view's job.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; rows are computed once, in the factory.
 */
public final class TextDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\s+|.", Pattern.DOTALL);

    private final List<DiffRow> rows;
    private final boolean trailingNewlineChanged;

    private TextDiff(List<DiffRow> rows, boolean trailingNewlineChanged) {
        this.rows = List.copyOf(rows);
        this.trailingNewlineChanged = trailingNewlineChanged;
    }

    /**
     * Compares two texts; {@code null} counts as the empty text.
     *
     * @param oldText the earlier text (left column)
     * @param newText the later text (right column)
     * @return the comparison
     */
    public static TextDiff of(String oldText, String newText) {
        Lines oldLines = Lines.of(oldText);
        Lines newLines = Lines.of(newText);
        List<DiffRow> rows = buildRows(oldLines.lines(), newLines.lines());
        boolean trailingChanged = !oldLines.lines().isEmpty() && !newLines.lines().isEmpty()
                && oldLines.trailingNewline() != newLines.trailingNewline();
        return new TextDiff(rows, trailingChanged);
    }

    /** Every row of the comparison, unchanged lines included, in text order. */
    public List<DiffRow> rows() {
        return rows;
    }

    /** Whether the texts differ in anything but the final line break. */
    public boolean hasChanges() {
        return rows.stream().anyMatch(r -> r.type() != DiffRow.Type.EQUAL);
    }

    /** Whether one text ends with a line break and the other does not (both non-empty). */
    public boolean trailingNewlineChanged() {
        return trailingNewlineChanged;
    }

    /** Lines added and removed. */
    public DiffStats stats() {
        int added = 0;
        int removed = 0;
        for (DiffRow row : rows) {
            switch (row.type()) {
                case INSERT -> added++;
                case DELETE -> removed++;
                case CHANGE -> {
                    added++;
                    removed++;
                }
                case EQUAL -> { }
            }
        }
        return new DiffStats(added, removed);
    }

    /**
     * Groups the changed rows into hunks with up to {@code contextLines} unchanged rows before and after
     * each change, like a unified diff; changes closer than {@code 2 * contextLines} unchanged lines share
     * a hunk. The unchanged lines left out are counted in {@link Hunk#skippedBefore()} and, for the last
     * hunk, {@link Hunk#skippedAfter()}.
     *
     * @param contextLines unchanged lines to keep around each change, {@code >= 0}
     * @return the hunks in text order; empty when the texts have the same lines
     */
    public List<Hunk> hunks(int contextLines) {
        if (contextLines < 0) {
            throw new IllegalArgumentException("contextLines must be >= 0: " + contextLines);
        }
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).type() == DiffRow.Type.EQUAL) {
                continue;
            }
            int from = Math.max(0, i - contextLines);
            int to = Math.min(rows.size(), i + 1 + contextLines);
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                ranges.add(new int[] {from, to});
            }
        }
        List<Hunk> hunks = new ArrayList<>(ranges.size());
        int oldSeen = 0;
        int newSeen = 0;
        int previousEnd = 0;
        for (int h = 0; h < ranges.size(); h++) {
            int from = ranges.get(h)[0];
            int to = ranges.get(h)[1];
            for (int i = previousEnd; i < from; i++) {
                oldSeen += rows.get(i).hasOld() ? 1 : 0;
                newSeen += rows.get(i).hasNew() ? 1 : 0;
            }
            List<DiffRow> hunkRows = rows.subList(from, to);
            int oldCount = (int) hunkRows.stream().filter(DiffRow::hasOld).count();
            int newCount = (int) hunkRows.stream().filter(DiffRow::hasNew).count();
            int oldStart = oldCount > 0 ? oldSeen + 1 : oldSeen;
            int newStart = newCount > 0 ? newSeen + 1 : newSeen;
            int skippedAfter = h == ranges.size() - 1 ? rows.size() - to : 0;
            hunks.add(new Hunk(oldStart, oldCount, newStart, newCount, from - previousEnd, hunkRows, skippedAfter));
            oldSeen += oldCount;
            newSeen += newCount;
            previousEnd = to;
        }
        return hunks;
    }

    /**
     * Splits a line into word tokens as described in the class comment; concatenating the tokens gives
     * the line back.
     */
    static List<String> tokenize(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static List<DiffRow> buildRows(List<String> oldLines, List<String> newLines) {
        List<DiffRow> rows = new ArrayList<>(Math.max(oldLines.size(), newLines.size()));
        int oldPos = 0;
        int newPos = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldLines, newLines).getDeltas()) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            while (oldPos < source.getPosition()) {
                rows.add(equalRow(oldPos, newPos, oldLines.get(oldPos)));
                oldPos++;
                newPos++;
            }
            List<String> removed = source.getLines();
            List<String> added = target.getLines();
            int paired = Math.min(removed.size(), added.size());
            for (int i = 0; i < paired; i++) {
                rows.add(changeRow(oldPos + i, newPos + i, removed.get(i), added.get(i)));
            }
            for (int i = paired; i < removed.size(); i++) {
                String text = removed.get(i);
                rows.add(new DiffRow(DiffRow.Type.DELETE, oldPos + i + 1, 0, text, "",
                        single(text, Segment.Kind.REMOVED), List.of()));
            }
            for (int i = paired; i < added.size(); i++) {
                String text = added.get(i);
                rows.add(new DiffRow(DiffRow.Type.INSERT, 0, newPos + i + 1, "", text,
                        List.of(), single(text, Segment.Kind.ADDED)));
            }
            oldPos += removed.size();
            newPos += added.size();
        }
        while (oldPos < oldLines.size()) {
            rows.add(equalRow(oldPos, newPos, oldLines.get(oldPos)));
            oldPos++;
            newPos++;
        }
        return rows;
    }

    private static DiffRow equalRow(int oldIndex, int newIndex, String text) {
        List<Segment> same = single(text, Segment.Kind.SAME);
        return new DiffRow(DiffRow.Type.EQUAL, oldIndex + 1, newIndex + 1, text, text, same, same);
    }

    private static List<Segment> single(String text, Segment.Kind kind) {
        return text.isEmpty() ? List.of() : List.of(new Segment(text, kind));
    }

    private static DiffRow changeRow(int oldIndex, int newIndex, String oldText, String newText) {
        List<String> oldTokens = tokenize(oldText);
        List<String> newTokens = tokenize(newText);
        SegmentBuilder oldSegments = new SegmentBuilder();
        SegmentBuilder newSegments = new SegmentBuilder();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTokens, newTokens).getDeltas()) {
            int sourcePos = delta.getSource().getPosition();
            while (o < sourcePos) {
                oldSegments.append(oldTokens.get(o++), Segment.Kind.SAME);
                newSegments.append(newTokens.get(n++), Segment.Kind.SAME);
            }
            for (String token : delta.getSource().getLines()) {
                oldSegments.append(token, Segment.Kind.REMOVED);
            }
            for (String token : delta.getTarget().getLines()) {
                newSegments.append(token, Segment.Kind.ADDED);
            }
            o += delta.getSource().size();
            n += delta.getTarget().size();
        }
        while (o < oldTokens.size()) {
            oldSegments.append(oldTokens.get(o++), Segment.Kind.SAME);
            newSegments.append(newTokens.get(n++), Segment.Kind.SAME);
        }
        return new DiffRow(DiffRow.Type.CHANGE, oldIndex + 1, newIndex + 1, oldText, newText,
                oldSegments.build(), newSegments.build());
    }

    /** Collects tokens into segments, joining neighbours of the same kind without quadratic copying. */
    private static final class SegmentBuilder {
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private Segment.Kind pendingKind;

        void append(String token, Segment.Kind kind) {
            if (kind != pendingKind) {
                flush();
                pendingKind = kind;
            }
            pending.append(token);
        }

        List<Segment> build() {
            flush();
            return List.copyOf(segments);
        }

        private void flush() {
            if (pending.length() > 0) {
                segments.add(new Segment(pending.toString(), pendingKind));
                pending.setLength(0);
            }
        }
    }
}
