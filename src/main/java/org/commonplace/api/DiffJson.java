package org.commonplace.api;

import java.util.List;
import org.commonplace.wiki.text.DiffRow;
import org.commonplace.wiki.text.Segment;
import org.commonplace.wiki.text.TextDiff;

/**
 * The line diff between two revisions, {@code GET .../pages/{slug}/diff?from=&to=}: counts and the rows a
 * client draws inline or side by side. Segment texts are raw page text, not HTML: clients must escape them.
 */
public record DiffJson(String space, String slug, int from, int to, int added, int removed, List<Row> rows) {

    /** One line of the diff: {@code type} is EQUAL, INSERT, DELETE or CHANGE; a line number 0 means "no line on this side". */
    public record Row(String type, int oldLine, int newLine, String oldText, String newText, List<Part> oldSegments,
            List<Part> newSegments) {
    }

    /** A run of characters in a line; {@code kind} is SAME, ADDED or REMOVED. */
    public record Part(String text, String kind) {
    }

    static DiffJson of(String space, String slug, int from, int to, TextDiff diff) {
        List<Row> rows = diff.rows().stream().map(DiffJson::row).toList();
        return new DiffJson(space, slug, from, to, diff.stats().added(), diff.stats().removed(), rows);
    }

    private static Row row(DiffRow r) {
        return new Row(r.type().name(), r.oldLine(), r.newLine(), r.oldText(), r.newText(), parts(r.oldSegments()),
                parts(r.newSegments()));
    }

    private static List<Part> parts(List<Segment> segments) {
        return segments.stream().map(s -> new Part(s.text(), s.kind().name())).toList();
    }
}
