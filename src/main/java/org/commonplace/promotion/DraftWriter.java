package org.commonplace.promotion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the Markdown of a promotion. A new page gets an introduction from the opening post (when it is
 * selected), one section per other selected post or excerpt, each closed by its attribution line linked to the
 * post, and a "Sources" section naming every thread and contributor. Into an existing page the sections are
 * appended (before its "Sources" section, if it has one) or inserted at the end of a chosen heading's section,
 * and the sources are added to the page's "Sources" section. Pure Java.
 */
public final class DraftWriter {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** An attribution (or any) link to a post: {@code /t/{thread}#p{post}}. */
    public static final Pattern POST_LINK = Pattern.compile("/t/(\\d+)#p(\\d+)");
    public static final String SOURCES = "Sources";
    private static final Pattern HEADING_LINE = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$");

    private DraftWriter() {
    }

    /** A selected post or excerpt, with what the draft needs to know about it. */
    public record Item(long postId, long threadId, String threadTitle, String author, Instant createdAt, String markdown,
            Integer start, Integer end, boolean opening) {

        /** The selected text: the excerpt range of the post's Markdown, or all of it. */
        public String text() {
            if (start == null || end == null) {
                return markdown.strip();
            }
            int s = Math.max(0, Math.min(start, markdown.length()));
            int e = Math.max(s, Math.min(end, markdown.length()));
            return markdown.substring(s, e).strip();
        }
    }

    /** Where the sections go: a new page, the end of an existing one, or under one of its headings (by index). */
    public enum Placement {
        NEW, APPEND, UNDER
    }

    /**
     * @param existing    the page's current Markdown (ignored for {@link Placement#NEW})
     * @param sections    the page's sections (for {@link Placement#UNDER}: {@code underIndex} is one of them)
     * @param editor      who promotes, for the Sources lines
     */
    public static String write(Placement placement, List<Item> items, String existing, List<Sections.Section> sections, int underIndex,
            String editor, Instant now) {
        List<Item> body = new ArrayList<>(items);
        StringBuilder intro = new StringBuilder();
        if (placement == Placement.NEW && !body.isEmpty() && body.get(0).opening()) {
            Item opening = body.remove(0);
            intro.append(demoteHeadings(opening.text())).append("\n\n").append(attribution(opening)).append("\n\n");
        }
        int level = 2;
        if (placement == Placement.UNDER) {
            level = Math.min(6, sections.get(underIndex).level() + 1);
        }
        StringBuilder block = new StringBuilder();
        for (Item item : body) {
            block.append("#".repeat(level)).append(' ').append(headingFor(item)).append("\n\n")
                    .append(demoteHeadings(item.text())).append("\n\n").append(attribution(item)).append("\n\n");
        }
        String sourceLines = sourceLines(items, editor, now);
        if (placement == Placement.NEW) {
            return (intro.toString() + block + "## " + SOURCES + "\n\n" + sourceLines).strip() + "\n";
        }
        List<String> lines = Sections.lines(existing);
        int sourcesIndex = -1;
        for (int k = 1; k < sections.size(); k++) {
            if (sections.get(k).title().equalsIgnoreCase(SOURCES)) {
                sourcesIndex = k;
            }
        }
        int insertAt;
        if (placement == Placement.UNDER) {
            insertAt = Sections.endOfSubtree(sections, underIndex);
        } else {
            insertAt = sourcesIndex > 0 ? sections.get(sourcesIndex).startLine() : lines.size();
        }
        StringBuilder out = new StringBuilder();
        out.append(trimEnd(Sections.join(lines, 0, insertAt)));
        out.append("\n\n").append(block);
        if (sourcesIndex > 0 && sections.get(sourcesIndex).startLine() >= insertAt) {
            int sourcesEnd = sections.get(sourcesIndex).endLine();
            out.append(trimEnd(Sections.join(lines, insertAt, sourcesEnd))).append("\n").append(sourceLines).append("\n");
            out.append(Sections.join(lines, sourcesEnd, lines.size()));
        } else if (sourcesIndex > 0) {
            // the Sources section comes before the insertion point: add the lines there
            StringBuilder rebuilt = new StringBuilder();
            int sourcesEnd = sections.get(sourcesIndex).endLine();
            rebuilt.append(trimEnd(Sections.join(lines, 0, sourcesEnd))).append("\n").append(sourceLines).append("\n");
            rebuilt.append(trimEnd(Sections.join(lines, sourcesEnd, insertAt))).append("\n\n").append(block);
            rebuilt.append(Sections.join(lines, insertAt, lines.size()));
            return rebuilt.toString().strip() + "\n";
        } else {
            out.append(Sections.join(lines, insertAt, lines.size()));
            out.append("\n\n## ").append(SOURCES).append("\n\n").append(sourceLines);
        }
        return out.toString().strip() + "\n";
    }

    /** "— [author, date](/t/1#p2), in the thread [title](/t/1)". */
    public static String attribution(Item item) {
        return "— [" + escape(item.author()) + ", " + DATE.format(item.createdAt()) + "](/t/" + item.threadId() + "#p" + item.postId()
                + "), in the thread [" + escape(item.threadTitle()) + "](/t/" + item.threadId() + ")";
    }

    /** One line per thread: its link, who promoted it when, and its contributors. */
    static String sourceLines(List<Item> items, String editor, Instant now) {
        Map<Long, String> threads = new LinkedHashMap<>();
        Map<Long, Set<String>> contributors = new LinkedHashMap<>();
        for (Item item : items) {
            threads.putIfAbsent(item.threadId(), item.threadTitle());
            contributors.computeIfAbsent(item.threadId(), t -> new LinkedHashSet<>()).add(item.author());
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Long, String> t : threads.entrySet()) {
            b.append("- [").append(escape(t.getValue())).append("](/t/").append(t.getKey()).append(") — promoted by ")
                    .append(escape(editor)).append(", ").append(DATE.format(now)).append("; contributors: ")
                    .append(escape(String.join(", ", contributors.get(t.getKey())))).append('\n');
        }
        return b.toString();
    }

    /** A heading for a section: the first words of its text, plain. */
    static String headingFor(Item item) {
        for (String line : Sections.lines(item.text())) {
            String plain = line.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("^[\\s>#*+\\-\\d.]+", "")
                    .replaceAll("[*_`~\\[\\]#<>|\\\\]", "").replaceAll("\\s+", " ").strip();
            if (!plain.isEmpty()) {
                if (plain.length() <= 70) {
                    return plain;
                }
                int cut = plain.lastIndexOf(' ', 70);
                return plain.substring(0, cut > 30 ? cut : 70).strip() + "…";
            }
        }
        return "From " + item.author();
    }

    /** Headings inside a post would start sections of their own: they become bold lines. */
    static String demoteHeadings(String text) {
        StringBuilder b = new StringBuilder();
        boolean fenced = false;
        for (String line : Sections.lines(text)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
            }
            Matcher m = HEADING_LINE.matcher(line);
            b.append(!fenced && m.matches() && !m.group(1).isBlank() ? "**" + m.group(1) + "**" : line).append('\n');
        }
        return b.toString().strip();
    }

    /** Escapes what would end a link text early. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    private static String trimEnd(String s) {
        return s.stripTrailing();
    }
}
