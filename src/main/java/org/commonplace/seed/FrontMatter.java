package org.commonplace.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The front matter of a seed file (pages, threads, phrasebook terms): {@code key: value} lines between two
 * {@code ---} lines at the top, then the body. Only the keys a kind of file knows are accepted; errors name the file
 * and line.
 *
 * @param values    the values by key (keys that were not given are absent)
 * @param lineOf    the 1-based line of each key given
 * @param bodyStart the index (in {@code lines}) of the first line after the closing {@code ---}
 */
record FrontMatter(Map<String, String> values, Map<String, Integer> lineOf, int bodyStart, List<String> lines) {

    static List<String> readLines(Reader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader)) {
            String l;
            while ((l = in.readLine()) != null) {
                lines.add(l);
            }
        }
        return lines;
    }

    /**
     * @param kind what the file holds, for messages ("page", "thread", "term")
     * @param keys the keys this kind of file may have, the first being the one every file needs
     */
    static FrontMatter parse(String file, String kind, List<String> lines, List<String> keys) {
        if (lines.isEmpty() || !lines.get(0).equals("---")) {
            throw new SeedException(file, 1, "a " + kind + " file starts with a front matter block (\"---\", \"" + keys.get(0)
                    + ": ...\", \"---\")");
        }
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int i = 1;
        for (; i < lines.size() && !lines.get(i).equals("---"); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new SeedException(file, i + 1, "expected \"key: value\" in the front matter, found \"" + line + "\"");
            }
            String key = line.substring(0, colon).strip();
            if (!keys.contains(key)) {
                throw new SeedException(file, i + 1, "unknown front matter key \"" + key + "\" (" + String.join(", ", keys) + ")");
            }
            values.put(key, line.substring(colon + 1).strip());
            lineOf.put(key, i + 1);
        }
        if (i >= lines.size()) {
            throw new SeedException(file, lines.size(), "the front matter block is not closed with \"---\"");
        }
        return new FrontMatter(values, lineOf, i + 1, lines);
    }

    String get(String key) {
        return values.get(key);
    }

    /** The body: every line after the front matter, joined and stripped. */
    String body() {
        return String.join("\n", lines.subList(bodyStart, lines.size())).strip();
    }
}
