package org.commonplace.imports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Turns imported text into Markdown that shows what the author wrote and nothing more: plain mail text is
 * escaped (so a {@code *} or {@code #} stays a character) with its line breaks kept; HTML from Ning or mail
 * is converted tag by tag (paragraphs, breaks, emphasis, links, images, lists, headings, quotes, embedded
 * videos as links), everything else reduced to its text. The result is then rendered like any other post by
 * the Markdown renderer and its sanitizer.
 */
public final class ImportText {

    private static final String SPECIAL = "\\`*_[]<>#|~!";
    private static final Set<String> DROP_CONTENT = Set.of("script", "style", "head", "title", "noscript", "object", "embed");
    /** Marks, on the stack of open links, an href that {@link ArchiveLinks} resolves when the link closes. */
    private static final char ARCHIVE_HREF = '\uE002';
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /**
     * Resolves relative references into an archive (Ning's {@code discussions/attachments/…/x.png?width=300}) met in
     * HTML. Each method returns the Markdown that stands for the image or link — a token the writer fills in later,
     * or plain text — and is trusted as it is (it must escape what it copies from the reference).
     */
    public interface ArchiveLinks {
        /** An {@code <img>} with a relative {@code src}; {@code alt} is already Markdown-escaped. */
        String image(String reference, String alt);

        /** An {@code <a>} with a relative {@code href}; {@code label} is the link's converted content (Markdown). */
        String link(String reference, String label);
    }

    private ImportText() {
    }

    /** Escapes plain text for Markdown, keeping every line break. */
    public static String plain(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(escapeLine(line));
            if (i < lines.length - 1) {
                boolean hardBreak = !line.isBlank() && !lines[i + 1].isBlank();
                out.append(hardBreak ? "\\\n" : "\n");
            }
        }
        return out.toString().strip();
    }

    private static String escapeLine(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        // Leading spaces would make an indented code block: keep them as no-break spaces.
        out.append("\u00a0".repeat(Math.min(indent, 12)));
        String rest = line.substring(indent);
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            } else if (i == 0 && (c == '-' || c == '+' || c == '=')) {
                out.append('\\');
            } else if (c == '.' || c == ')') {
                if (i > 0 && rest.substring(0, i).chars().allMatch(Character::isDigit)) {
                    out.append('\\');
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Quoted text as a Markdown block quote (one level of {@code >} per line already in the text). */
    public static String quoted(String quotedText) {
        if (quotedText == null || quotedText.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : quotedText.strip().split("\n", -1)) {
            String l = line.startsWith(">") ? line.substring(1).stripLeading() : line;
            out.append("> ").append(escapeLine(l)).append("\\\n");
        }
        String s = out.toString();
        return s.endsWith("\\\n") ? s.substring(0, s.length() - 2) : s;
    }

    /** Converts HTML (Ning descriptions, HTML-only mail) to Markdown. */
    public static String html(String html) {
        return html(html, null);
    }

    /**
     * Converts HTML to Markdown, handing images and links with a relative address (no scheme, not {@code //host},
     * not {@code /path}, not {@code #anchor}) to {@code links}; without it an image is named and a link keeps its text.
     */
    public static String html(String html, ArchiveLinks links) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Converter converter = new Converter(links);
        HtmlSanitizer.sanitize(html, converter);
        return converter.result();
    }

    /** Whether an address is relative to the page it is in: no scheme, no host, not from the site root, not an anchor. */
    public static boolean relativeReference(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip();
        return !u.isEmpty() && !u.startsWith("/") && !u.startsWith("\\") && !u.startsWith("#") && !u.startsWith("?")
                && !SCHEME.matcher(u).find();
    }

    private static final class Converter implements HtmlSanitizer.Policy {
        private final Deque<StringBuilder> buffers = new ArrayDeque<>();
        private final Deque<String> lists = new ArrayDeque<>();
        private final Deque<Integer> counters = new ArrayDeque<>();
        private final Deque<String> hrefs = new ArrayDeque<>();
        private final ArchiveLinks links;
        private int dropping;
        private int pre;

        Converter(ArchiveLinks links) {
            this.links = links;
            buffers.push(new StringBuilder());
        }

        private StringBuilder out() {
            return buffers.peek();
        }

        private void blankLine() {
            StringBuilder b = out();
            trimTrailingSpaces(b);
            if (b.length() == 0) {
                return;
            }
            if (b.charAt(b.length() - 1) != '\n') {
                b.append('\n');
            }
            if (b.length() < 2 || b.charAt(b.length() - 2) != '\n') {
                b.append('\n');
            }
        }

        private void newLine() {
            StringBuilder b = out();
            trimTrailingSpaces(b);
            if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
                b.append('\n');
            }
        }

        private static void trimTrailingSpaces(StringBuilder b) {
            while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
                b.setLength(b.length() - 1);
            }
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            String tag = name.toLowerCase(Locale.ROOT);
            if (DROP_CONTENT.contains(tag)) {
                dropping++;
                return;
            }
            if (dropping > 0) {
                return;
            }
            switch (tag) {
                case "p", "div", "table", "tr", "section", "article" -> blankLine();
                case "br" -> out().append("\\\n");
                case "hr" -> {
                    blankLine();
                    out().append("---\n\n");
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    blankLine();
                    out().append("#".repeat(tag.charAt(1) - '0')).append(' ');
                }
                case "strong", "b" -> out().append("**");
                case "em", "i" -> out().append('*');
                case "code", "tt" -> out().append('`');
                case "pre" -> {
                    blankLine();
                    out().append("```\n");
                    pre++;
                }
                case "blockquote" -> {
                    blankLine();
                    buffers.push(new StringBuilder());
                }
                case "ul", "ol" -> {
                    newLine();
                    lists.push(tag);
                    counters.push(0);
                }
                case "li" -> {
                    newLine();
                    int depth = Math.max(0, lists.size() - 1);
                    out().append("  ".repeat(depth));
                    if ("ol".equals(lists.peek())) {
                        int n = counters.pop() + 1;
                        counters.push(n);
                        out().append(n).append(". ");
                    } else {
                        out().append("- ");
                    }
                }
                case "td", "th" -> out().append(' ');
                case "a" -> {
                    String raw = attr(attrs, "href");
                    String href = safeUrl(raw);
                    hrefs.push(href != null ? href : links != null && relativeReference(raw) ? ARCHIVE_HREF + raw.strip() : "");
                    buffers.push(new StringBuilder());
                }
                case "img" -> {
                    String src = safeUrl(attr(attrs, "src"));
                    String alt = attr(attrs, "alt");
                    if (src == null && links != null && relativeReference(attr(attrs, "src"))) {
                        out().append(links.image(attr(attrs, "src").strip(), escapeInline(alt == null ? "" : alt.strip())));
                    } else if (src != null) {
                        out().append("![").append(escapeInline(alt == null ? "" : alt)).append("](").append(src).append(')');
                    } else if (attr(attrs, "src") != null && !attr(attrs, "src").contains(":")) {
                        // A relative path into the archive (Ning media): named, not fetched.
                        out().append("[image: ").append(escapeInline(attr(attrs, "src"))).append(']');
                    }
                }
                case "iframe" -> {
                    String src = safeUrl(attr(attrs, "src"));
                    if (src != null) {
                        blankLine();
                        out().append("Embedded: <").append(src).append(">\n\n");
                    }
                    dropping++;
                }
                default -> {
                }
            }
        }

        @Override
        public void closeTag(String name) {
            String tag = name.toLowerCase(Locale.ROOT);
            if (DROP_CONTENT.contains(tag) || "iframe".equals(tag)) {
                dropping = Math.max(0, dropping - 1);
                return;
            }
            if (dropping > 0) {
                return;
            }
            switch (tag) {
                case "p", "div", "table", "section", "article" -> blankLine();
                case "tr" -> newLine();
                case "h1", "h2", "h3", "h4", "h5", "h6" -> blankLine();
                case "strong", "b" -> out().append("**");
                case "em", "i" -> out().append('*');
                case "code", "tt" -> out().append('`');
                case "pre" -> {
                    pre = Math.max(0, pre - 1);
                    newLine();
                    out().append("```\n\n");
                }
                case "blockquote" -> {
                    if (buffers.size() > 1) {
                        String inner = buffers.pop().toString().strip();
                        blankLine();
                        for (String line : inner.split("\n", -1)) {
                            out().append(line.isEmpty() ? ">" : "> " + line).append('\n');
                        }
                        out().append('\n');
                    }
                }
                case "ul", "ol" -> {
                    if (!lists.isEmpty()) {
                        lists.pop();
                        counters.pop();
                    }
                    if (lists.isEmpty()) {
                        blankLine();
                    }
                }
                case "a" -> {
                    if (buffers.size() > 1 && !hrefs.isEmpty()) {
                        String label = buffers.pop().toString().strip();
                        String href = hrefs.pop();
                        if (!href.isEmpty() && href.charAt(0) == ARCHIVE_HREF) {
                            out().append(links.link(href.substring(1), label));
                        } else if (href.isEmpty()) {
                            out().append(label);
                        } else if (label.isEmpty()) {
                            out().append('<').append(href).append('>');
                        } else {
                            out().append('[').append(label).append("](").append(href).append(')');
                        }
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void text(String text) {
            if (dropping > 0) {
                return;
            }
            if (pre > 0) {
                out().append(withoutTokenCharacters(text).replace("```", "` ` `"));
                return;
            }
            String collapsed = text.replaceAll("[\\s\\u00a0&&[^\\n]]+|\\n+", " ");
            StringBuilder b = out();
            if (b.length() == 0 || b.charAt(b.length() - 1) == '\n' || b.charAt(b.length() - 1) == ' ') {
                collapsed = collapsed.stripLeading();
            }
            b.append(escapeInline(collapsed));
        }

        String result() {
            while (buffers.size() > 1) {
                String inner = buffers.pop().toString();
                out().append(inner);
            }
            return out().toString().replaceAll("\n{3,}", "\n\n").strip();
        }
    }

    private static String attr(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equalsIgnoreCase(name)) {
                return withoutTokenCharacters(attrs.get(i + 1));
            }
        }
        return null;
    }

    /**
     * Drops the private-use characters U+E000 to U+E002 that mark inline-file tokens ({@link Units.InlineFile}) and
     * archive links, so that no source text can forge one.
     */
    static String withoutTokenCharacters(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uE000' && c <= '\uE002') {
                return s.replaceAll("[\uE000-\uE002]", "");
            }
        }
        return s;
    }

    /** http(s) and mailto URLs only; protocol-relative ones ({@code //host/...}) become https. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (u.startsWith("//")) {
            u = "https:" + u;
        }
        String lower = u.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:"))) {
            return null;
        }
        if (u.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '(' || c == ')')) {
            u = u.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E").replace("(", "%28").replace(")", "%29")
                    .replaceAll("[\\x00-\\x1f]", "");
        }
        return u;
    }

    private static String escapeInline(String text) {
        String s = withoutTokenCharacters(text);
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
