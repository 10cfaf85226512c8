package org.commonplace.imports.mediawiki;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the common constructs of MediaWiki wikitext to Markdown for imported pages.
 *
 * <p>Handled: headings, bold and italic, external links, bullet and numbered lists, simple tables
 * (to GFM tables) and {@code <nowiki>}. Internal links stay as wiki links {@code [[target|label]]},
 * which Commonplace's own Markdown understands. Templates cannot be expanded outside MediaWiki, so they
 * are kept verbatim in code spans (or a fenced block when they span lines) for a person to fix.
 * Anything else passes through unchanged. This is deliberately small; it is not a wikitext parser.
 */
public final class WikitextToMarkdown {

    private static final char MARK = '\u0000';
    private static final Pattern NOWIKI = Pattern.compile("(?s)<nowiki>(.*?)</nowiki>|<nowiki\\s*/>");
    private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s*(.+?)\\s*\\1\\s*$");
    private static final Pattern LIST = Pattern.compile("^([*#]+)\\s*(.*)$");
    private static final Pattern BOLD_ITALIC = Pattern.compile("'''''(.+?)'''''");
    private static final Pattern BOLD = Pattern.compile("'''(.+?)'''");
    private static final Pattern ITALIC = Pattern.compile("''(.+?)''");
    private static final Pattern EXTERNAL_LABELLED =
            Pattern.compile("(?<!\\[)\\[((?:https?|ftp)://[^\\s\\]]+|mailto:[^\\s\\]]+)\\s+([^\\]]+)\\]");
    private static final Pattern EXTERNAL_BARE = Pattern.compile("(?<!\\[)\\[((?:https?|ftp)://[^\\s\\]]+)\\]");
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>#|{}!~]");
    private static final Pattern PLACEHOLDER = Pattern.compile(MARK + "(\\d+)" + MARK);

    private WikitextToMarkdown() {
    }

    /** Converts one page of wikitext; null gives "". */
    public static String convert(String wikitext) {
        if (wikitext == null || wikitext.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        String text = wikitext.replace("\r\n", "\n").replace(MARK, ' ');
        text = protectNowiki(text, kept);
        text = protectTemplates(text, kept);

        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("{|")) {
                List<String> table = new ArrayList<>();
                while (i + 1 < lines.length && !lines[i + 1].startsWith("|}")) {
                    table.add(lines[++i]);
                }
                if (i + 1 < lines.length) {
                    i++;
                }
                out.append(table(table));
            } else {
                out.append(line(line));
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return restore(out.toString(), kept);
    }

    private static String line(String line) {
        Matcher h = HEADING.matcher(line);
        if (h.matches()) {
            return "#".repeat(h.group(1).length()) + " " + inline(h.group(2));
        }
        Matcher l = LIST.matcher(line);
        if (l.matches()) {
            String markers = l.group(1);
            StringBuilder indent = new StringBuilder();
            for (int k = 0; k < markers.length() - 1; k++) {
                indent.append(markers.charAt(k) == '#' ? "   " : "  ");
            }
            String bullet = markers.charAt(markers.length() - 1) == '#' ? "1. " : "- ";
            return indent + bullet + inline(l.group(2));
        }
        return inline(line);
    }

    private static String inline(String s) {
        String r = BOLD_ITALIC.matcher(s).replaceAll("***$1***");
        r = BOLD.matcher(r).replaceAll("**$1**");
        r = ITALIC.matcher(r).replaceAll("*$1*");
        r = EXTERNAL_LABELLED.matcher(r).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(2) + "](" + m.group(1) + ")"));
        r = EXTERNAL_BARE.matcher(r).replaceAll(m -> Matcher.quoteReplacement("<" + m.group(1) + ">"));
        return r;
    }

    /** Converts the lines between {@code {|} and {@code |}} into a GFM table; the first row is the header. */
    private static String table(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        String caption = null;
        List<String> row = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("|+")) {
                caption = inline(cellContent(line.substring(2)));
            } else if (line.startsWith("|-")) {
                row = null;
            } else if (line.startsWith("!") || line.startsWith("|")) {
                if (row == null) {
                    row = new ArrayList<>();
                    rows.add(row);
                }
                String separator = line.startsWith("!") ? "!!|\\|\\|" : "\\|\\|";
                for (String cell : line.substring(1).split(separator)) {
                    row.add(inline(cellContent(cell)).replace("|", "\\|"));
                }
            } else if (row != null && !row.isEmpty()) {
                int last = row.size() - 1;
                row.set(last, row.get(last) + " " + inline(line).replace("|", "\\|"));
            }
        }
        if (rows.isEmpty()) {
            return caption == null ? "" : "*" + caption + "*";
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder sb = new StringBuilder();
        if (caption != null) {
            sb.append('*').append(caption).append("*\n\n");
        }
        for (int r = 0; r < rows.size(); r++) {
            sb.append('|');
            for (int c = 0; c < columns; c++) {
                List<String> cells = rows.get(r);
                sb.append(' ').append(c < cells.size() ? cells.get(c) : "").append(" |");
            }
            if (r == 0) {
                sb.append("\n|").append(" --- |".repeat(columns));
            }
            if (r < rows.size() - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Drops a cell's attribute part ({@code style="x" | content}). */
    private static String cellContent(String cell) {
        int bar = cell.indexOf('|');
        if (bar >= 0 && !cell.startsWith("[[") && cell.substring(0, bar).contains("=") && !cell.substring(0, bar).contains("[")) {
            return cell.substring(bar + 1).strip();
        }
        return cell.strip();
    }

    private static String protectNowiki(String text, List<String> kept) {
        Matcher m = NOWIKI.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String content = m.group(1) == null ? "" : m.group(1);
            kept.add(MARKDOWN_SPECIAL.matcher(content).replaceAll("\\\\$0"));
            m.appendReplacement(sb, Matcher.quoteReplacement(MARK + String.valueOf(kept.size() - 1) + MARK));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Replaces each balanced {@code {{…}}} with a placeholder that comes back as code. */
    private static String protectTemplates(String text, List<String> kept) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("{{", i)) {
                int depth = 0;
                int j = i;
                while (j < text.length()) {
                    if (text.startsWith("{{", j)) {
                        depth++;
                        j += 2;
                    } else if (text.startsWith("}}", j)) {
                        depth--;
                        j += 2;
                        if (depth == 0) {
                            break;
                        }
                    } else {
                        j++;
                    }
                }
                if (depth == 0) {
                    String template = restore(text.substring(i, j), kept);
                    kept.add(template.contains("\n") ? "\n```\n" + template + "\n```\n" : codeSpan(template));
                    sb.append(MARK).append(kept.size() - 1).append(MARK);
                    i = j;
                    continue;
                }
            }
            sb.append(text.charAt(i++));
        }
        return sb.toString();
    }

    private static String codeSpan(String s) {
        String fence = s.contains("`") ? "``" : "`";
        return fence + (s.startsWith("`") || s.endsWith("`") ? " " + s + " " : s) + fence;
    }

    private static String restore(String text, List<String> kept) {
        String result = text;
        for (int pass = 0; pass < 3 && result.indexOf(MARK) >= 0; pass++) {
            result = PLACEHOLDER.matcher(result).replaceAll(m -> Matcher.quoteReplacement(kept.get(Integer.parseInt(m.group(1)))));
        }
        return result;
    }
}
