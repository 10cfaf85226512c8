package org.commonplace.promotion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.markup.Heading;

/**
 * Splits a page's Markdown into sections: the text before the first heading (anchor "") and one section per
 * ATX heading, up to the next heading of any level. Anchors are the renderer's own (passed in as its headings,
 * in document order), so they match the ids on the page. Pure Java.
 */
public final class Sections {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");

    private Sections() {
    }

    /**
     * One section. {@code startLine} is the heading's line (or 0 for the preamble), {@code endLine} the first line
     * after the section; {@code body} the section's text without its heading line.
     */
    public record Section(String anchor, String title, int level, int startLine, int endLine, String body) {

        public String fingerprint() {
            return Sections.fingerprint(body);
        }
    }

    public static List<Section> split(String markdown, List<Heading> rendered) {
        List<String> lines = lines(markdown);
        List<int[]> found = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher f = FENCE.matcher(line);
            if (fence != null) {
                if (f.matches() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && line.strip().replace(String.valueOf(fence.charAt(0)), "").isEmpty()) {
                    fence = null;
                }
                continue;
            }
            if (f.matches()) {
                fence = f.group(1);
                continue;
            }
            Matcher h = ATX.matcher(line);
            if (h.matches()) {
                found.add(new int[] {i, h.group(1).length()});
                titles.add(h.group(2) == null ? "" : h.group(2).strip());
            }
        }
        List<Section> sections = new ArrayList<>();
        int firstHeading = found.isEmpty() ? lines.size() : found.get(0)[0];
        sections.add(new Section("", "", 0, 0, firstHeading, join(lines, 0, firstHeading)));
        boolean anchorsMatch = rendered != null && rendered.size() == found.size();
        for (int k = 0; k < found.size(); k++) {
            int start = found.get(k)[0];
            int end = k + 1 < found.size() ? found.get(k + 1)[0] : lines.size();
            String title = titles.get(k);
            String anchor = anchorsMatch ? rendered.get(k).anchor() : "h-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            String shownTitle = anchorsMatch ? rendered.get(k).text() : title;
            sections.add(new Section(anchor, shownTitle, found.get(k)[1], start, end, join(lines, start + 1, end)));
        }
        return sections;
    }

    /** The line where the section of the heading with this anchor (or title) ends, counting its subsections. */
    public static int endOfSubtree(List<Section> sections, int index) {
        Section s = sections.get(index);
        for (int k = index + 1; k < sections.size(); k++) {
            if (sections.get(k).level() <= s.level()) {
                return sections.get(k).startLine();
            }
        }
        return sections.isEmpty() ? 0 : sections.get(sections.size() - 1).endLine();
    }

    /** A fingerprint of a section's text that ignores trailing spaces and blank-line differences. */
    public static String fingerprint(String body) {
        StringBuilder normal = new StringBuilder();
        for (String line : lines(body)) {
            String l = line.stripTrailing();
            if (!l.isEmpty()) {
                normal.append(l).append('\n');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of((text == null ? "" : text).replace("\r\n", "\n").split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static String join(List<String> lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to && i < lines.size(); i++) {
            b.append(lines.get(i)).append('\n');
        }
        return b.toString();
    }
}
