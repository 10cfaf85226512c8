package org.commonplace.seed;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Reads a seed page file: a front matter block between {@code ---} lines with {@code title:} (required) and
 * {@code tags:} (optional, comma separated), then the Markdown body.
 */
final class PageFiles {

    private PageFiles() {
    }

    static SeedContent.PageSeed parse(String file, String slug, Reader reader) throws IOException {
        FrontMatter fm = FrontMatter.parse(file, "page", FrontMatter.readLines(reader), List.of("title", "tags"));
        String title = fm.get("title");
        if (title == null || title.isEmpty()) {
            throw new SeedException(file, 2, "\"title\" is missing from the front matter");
        }
        return new SeedContent.PageSeed(file, slug, title, fm.get("tags"), fm.body() + "\n");
    }
}
