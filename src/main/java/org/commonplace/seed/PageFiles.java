package org.commonplace.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a seed page file: a front matter block between {@code ---} lines with {@code title:} (required) and
 * {@code tags:} (optional, comma separated), then the Markdown body.
 */
final class PageFiles {

    private PageFiles() {
    }

    static SeedContent.PageSeed parse(String file, String slug, Reader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String l;
            while ((l = in.readLine()) != null) {
                lines.add(l);
            }
        }
        if (lines.isEmpty() || !lines.get(0).equals("---")) {
            throw new SeedException(file, 1, "a page file starts with a front matter block (\"---\", \"title: ...\", \"---\")");
        }
        String title = null;
        String tags = null;
        int i = 1;
        for (; i < lines.size() && !lines.get(i).equals("---"); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new SeedException(file, i + 1, "expected \"key: value\" in the front matter, found \"" + line + "\"");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = value;
                case "tags" -> tags = value;
                default -> throw new SeedException(file, i + 1, "unknown front matter key \"" + key + "\" (title, tags)");
            }
        }
        if (i >= lines.size()) {
            throw new SeedException(file, lines.size(), "the front matter block is not closed with \"---\"");
        }
        if (title == null || title.isEmpty()) {
            throw new SeedException(file, 2, "\"title\" is missing from the front matter");
        }
        String markdown = String.join("\n", lines.subList(i + 1, lines.size())).strip() + "\n";
        return new SeedContent.PageSeed(file, slug, title, tags, markdown);
    }
}
