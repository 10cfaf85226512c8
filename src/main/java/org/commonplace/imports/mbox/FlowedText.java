package org.commonplace.imports.mbox;

/**
 * Undoes RFC 3676 {@code format=flowed}: a line ending in a space continues on the next line (with
 * {@code delsp=yes} that space is removed too), space-stuffing is removed, and lines are only joined
 * when they have the same quote depth. The signature separator {@code "-- "} is never joined.
 */
public final class FlowedText {

    private FlowedText() {
    }

    public static String decode(String text, boolean delSp) {
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (String raw : lines) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1);
            }
            boolean flowed = line.endsWith(" ") && !line.equals("-- ");
            if (paragraph != null && depth != paragraphDepth) {
                out.append(paragraph).append('\n');
                paragraph = null;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(">".repeat(depth)).append(depth > 0 ? " " : "");
                paragraphDepth = depth;
            }
            paragraph.append(flowed && delSp ? line.substring(0, line.length() - 1) : line);
            if (!flowed) {
                out.append(paragraph).append('\n');
                paragraph = null;
            }
        }
        if (paragraph != null) {
            out.append(paragraph).append('\n');
        }
        out.setLength(Math.max(0, out.length() - 1));
        return out.toString();
    }
}
