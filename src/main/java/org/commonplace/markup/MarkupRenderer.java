package org.commonplace.markup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown source → sanitized HTML, plus the wiki-link targets and headings found on the way.
 * Construct once and share: it holds no per-render state and is safe for concurrent use.
 *
 * <ul>
 *   <li>CommonMark with GFM tables, strikethrough, autolinks and task lists.</li>
 *   <li><b>Raw HTML is escaped</b>, never interpreted: {@code <b>x</b>} in a source shows as the
 *       literal text. Users write Markdown; this removes the whole HTML attack surface before the
 *       sanitizer even looks, and the sanitizer still checks everything that is emitted.</li>
 *   <li>Headings get ids {@code "h-" + Slugs.slugify(text)} (fallback {@code h-section}), made
 *       unique with {@code -2}, {@code -3}, … The {@code h-} prefix keeps them out of the way of
 *       the page's own ids such as {@code #p123} for posts (no DOM clobbering by headings). The
 *       heading-anchor extension is not used because its ids keep non-ASCII letters and the table of
 *       contents needs the very same ids.</li>
 *   <li>{@code [[wiki links]]} are resolved through the given {@link LinkResolver}.</li>
 *   <li>Input over {@link #MAX_SOURCE_CHARS} is refused; nesting deeper than 32 levels is
 *       flattened to text so that rendering time and stack depth stay bounded. Inline nesting
 *       deep enough to overflow commonmark's own (recursive) inline parser is caught: the source
 *       is then rendered with its inline delimiters escaped, and as a last resort as plain text.</li>
 * </ul>
 */
public final class MarkupRenderer {

    /**
     * Version of the rendering rules. Stored with rendered HTML; when it changes, stored HTML is
     * stale and is rendered again from the source.
     */
    public static final int RENDERER_VERSION = 1;

    /** Longest source accepted, in chars. */
    public static final int MAX_SOURCE_CHARS = 1_000_000;

    private static final String ANCHOR_PREFIX = "h-";
    private static final String ANCHOR_FALLBACK = "section";
    private static final String INLINE_DELIMITERS = "*_~[]!<>`";

    private final List<Extension> extensions;
    private final Parser parser;

    public MarkupRenderer() {
        this.extensions = List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                TaskListItemsExtension.create());
        this.parser = Parser.builder()
                .postProcessor(new NestingLimiter())
                .extensions(extensions)
                .build();
    }

    /** Renders with every wiki link treated as missing (plain text). */
    public Rendered render(String markdown) {
        return render(markdown, LinkResolver.ALL_MISSING);
    }

    /**
     * Renders a Markdown source.
     *
     * @param markdown the source; {@code null} is taken as empty
     * @param resolver where wiki links point, for the reader the result is shown to
     * @throws IllegalArgumentException when the source is longer than {@link #MAX_SOURCE_CHARS}
     */
    public Rendered render(String markdown, LinkResolver resolver) {
        Objects.requireNonNull(resolver, "resolver");
        String source = markdown == null ? "" : markdown;
        if (source.length() > MAX_SOURCE_CHARS) {
            throw new IllegalArgumentException("The text is too long: " + source.length()
                    + " characters, at most " + MAX_SOURCE_CHARS + " are allowed.");
        }
        try {
            return renderChecked(source, resolver);
        } catch (StackOverflowError deepInline) {
            // Thousands of nested emphasis or image delimiters make commonmark's inline parser
            // recurse; such text has no meaningful formatting, so it is rendered without it.
            try {
                return renderChecked(withoutInlineDelimiters(source), resolver);
            } catch (StackOverflowError stillTooDeep) {
                return new Rendered(HtmlSanitizer.sanitize(asPlainText(source)), List.of(), List.of());
            }
        }
    }

    private Rendered renderChecked(String source, LinkResolver resolver) {
        Node document = parser.parse(source);

        WikiLinks wikiLinks = new WikiLinks(resolver);
        wikiLinks.process(document);

        Map<Node, String> anchors = new IdentityHashMap<>();
        List<Heading> headings = collectHeadings(document, anchors);

        HtmlRenderer htmlRenderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .percentEncodeUrls(true)
                .nodeRendererFactory(WikiLinkHtmlRenderer::new)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    String anchor = anchors.get(node);
                    if (anchor != null) {
                        attributes.put("id", anchor);
                    }
                })
                .build();
        String html = HtmlSanitizer.sanitize(htmlRenderer.render(document));
        return new Rendered(html, wikiLinks.found(), headings);
    }

    /** Backslash-escapes every character that can open nested inline content. */
    static String withoutInlineDelimiters(String source) {
        StringBuilder b = new StringBuilder(source.length() + source.length() / 4);
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (INLINE_DELIMITERS.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String asPlainText(String source) {
        StringBuilder b = new StringBuilder(source.length() + 16).append("<p>");
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.append("</p>").toString();
    }

    private static List<Heading> collectHeadings(Node document, Map<Node, String> anchors) {
        List<Heading> headings = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Node cur = document.getFirstChild();
        while (cur != null) {
            if (cur instanceof org.commonmark.node.Heading h) {
                String text = Trees.plainText(h);
                String anchor = unique(ANCHOR_PREFIX + Slugs.slugify(text, ANCHOR_FALLBACK), used);
                anchors.put(h, anchor);
                headings.add(new Heading(h.getLevel(), text, anchor));
                cur = Trees.nextSkippingChildren(cur, document);
            } else {
                cur = Trees.next(cur, document);
            }
        }
        return headings;
    }

    private static String unique(String base, Set<String> used) {
        String candidate = base;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
