package org.commonplace.seed;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a seed thread file: front matter with {@code title:} between {@code ---} lines, then posts, each opened
 * by a line {@code === <ref> by <username>} or {@code === <ref> by <username> to <ref>} (a reply to an earlier
 * post; without "to", replies answer the thread). The first post opens the thread.
 */
final class ThreadFiles {

    private static final Pattern POST = Pattern.compile("=== ([a-z0-9-]{1,30}) by ([A-Za-z0-9_.-]{1,40})(?: to ([a-z0-9-]{1,30}))?");

    private ThreadFiles() {
    }

    static SeedContent.ThreadSeed parse(String file, Reader reader) throws IOException {
        List<String> lines = FrontMatter.readLines(reader);
        FrontMatter fm = FrontMatter.parse(file, "thread", lines, List.of("title", "example", "answer"));
        String title = fm.get("title");
        String answer = fm.get("answer");
        int answerLine = fm.lineOf().getOrDefault("answer", 0);
        if (title == null || title.isEmpty()) {
            throw new SeedException(file, 1, "the front matter needs a \"title:\"");
        }
        int i = fm.bodyStart() - 1;
        List<SeedContent.PostSeed> posts = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        String ref = null;
        String author = null;
        String parent = null;
        StringBuilder body = new StringBuilder();
        int startLine = 0;
        for (i = i + 1; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            Matcher m = line == null ? null : POST.matcher(line);
            if (line == null || m.matches()) {
                if (ref != null) {
                    if (body.toString().isBlank()) {
                        throw new SeedException(file, startLine, "the post \"" + ref + "\" is empty");
                    }
                    posts.add(new SeedContent.PostSeed(ref, author, parent, body.toString().strip()));
                }
                if (line == null) {
                    break;
                }
                ref = m.group(1);
                author = m.group(2);
                parent = m.group(3);
                startLine = i + 1;
                if (!refs.add(ref)) {
                    throw new SeedException(file, startLine, "the post \"" + ref + "\" appears twice");
                }
                if (parent != null && !refs.contains(parent)) {
                    throw new SeedException(file, startLine, "the post \"" + ref + "\" answers \"" + parent + "\", which comes later or not at all");
                }
                body.setLength(0);
            } else if (ref == null) {
                if (!line.isBlank()) {
                    throw new SeedException(file, i + 1, "expected \"=== <ref> by <username>\" to start the first post");
                }
            } else {
                body.append(line).append('\n');
            }
        }
        if (posts.isEmpty()) {
            throw new SeedException(file, lines.size(), "the thread has no posts");
        }
        if (answer != null) {
            if (answer.equals(posts.get(0).ref()) || !refs.contains(answer)) {
                throw new SeedException(file, answerLine, "\"answer: " + answer + "\" must name a reply of this thread");
            }
        }
        return new SeedContent.ThreadSeed(file, title, answer, posts);
    }
}
