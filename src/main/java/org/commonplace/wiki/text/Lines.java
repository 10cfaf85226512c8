package org.commonplace.wiki.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text cut into lines, plus whether it ended with a line break.
 *
 * <p>Every algorithm in this package works on lines, and all of them must agree on what a line is:
 * line breaks are normalised first ({@code \r\n} and a lone {@code \r} both become {@code \n}, because
 * browsers submit text areas with {@code \r\n} and a page edited on two machines must not differ in
 * every line), then the text is split on {@code \n}. The final line break is not a line of its own; it
 * is kept as the {@link #trailingNewline()} flag so that "added a newline at the end" neither shows up
 * as a changed last line nor gets lost by a merge.
 *
 * @param lines           the lines, without their terminators; empty for the empty text
 * @param trailingNewline whether the text ended with a line break (always false for the empty text)
 */
record Lines(List<String> lines, boolean trailingNewline) {

    Lines {
        lines = List.copyOf(lines);
        trailingNewline = trailingNewline && !lines.isEmpty();
    }

    /** Normalises CRLF and lone CR to LF; {@code null} counts as the empty text. */
    static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Normalises line breaks (see the class comment) and splits into lines. */
    static Lines of(String text) {
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            return new Lines(List.of(), false);
        }
        List<String> parts = new ArrayList<>(Arrays.asList(normalised.split("\n", -1)));
        boolean trailing = parts.get(parts.size() - 1).isEmpty();
        if (trailing) {
            parts.remove(parts.size() - 1);
        }
        return new Lines(parts, trailing);
    }

    /** Joins lines with {@code \n}, ending with one when {@code trailingNewline} is set and there are lines. */
    static String join(List<String> lines, boolean trailingNewline) {
        if (lines.isEmpty()) {
            return "";
        }
        String joined = String.join("\n", lines);
        return trailingNewline ? joined + "\n" : joined;
    }

    String text() {
        return join(lines, trailingNewline);
    }

    int size() {
        return lines.size();
    }
}
