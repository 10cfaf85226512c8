package org.commonplace.markup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Finds {@code [[Title]]}, {@code [[Title|label]]} and {@code [[space:Title]]} in text nodes and
 * replaces them by {@link WikiLinkNode}s. Code spans, code blocks and raw HTML hold no text nodes,
 * and text inside Markdown links and images is skipped, so wiki links are never recognised there.
 *
 * <p>A space prefix is lower-case letters, digits and dashes followed directly by a colon; with a
 * blank after the colon ({@code [[faq: intro]]}) the whole text is the title. Each distinct target
 * is resolved once per render, and at most {@link #MAX_RESOLVED} targets are resolved at all (the
 * rest render as plain text but are still reported).
 *
 * <p>Inline raw HTML is turned into text first. Raw HTML is escaped anyway, so this changes no
 * output, but {@code [[x|<b>y</b>]]} is then one wiki link with a literal label, not a broken one.
 */
final class WikiLinks {

    static final int MAX_RESOLVED = 500;

    private static final Pattern WIKI_LINK =
            Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,255})(?:\\|([^\\[\\]\\n]{0,255}))?]]");
    private static final Pattern SPACE_PREFIX =
            Pattern.compile("([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?):(\\S.*)", Pattern.DOTALL);

    private final LinkResolver resolver;
    private final Map<WikiLinkRef, LinkResolution> resolved = new HashMap<>();
    private final LinkedHashSet<WikiLinkRef> found = new LinkedHashSet<>();

    WikiLinks(LinkResolver resolver) {
        this.resolver = resolver;
    }

    /** Distinct targets met so far, in order of first appearance. */
    List<WikiLinkRef> found() {
        return new ArrayList<>(found);
    }

    void process(Node document) {
        List<Text> candidates = new ArrayList<>();
        Node cur = document.getFirstChild();
        while (cur != null) {
            if (cur instanceof Link || cur instanceof Image) {
                cur = Trees.nextSkippingChildren(cur, document);
                continue;
            }
            if (cur instanceof HtmlInline html) {
                Text asText = new Text(html.getLiteral());
                html.insertBefore(asText);
                html.unlink();
                cur = asText;
            }
            if (cur instanceof Text t) {
                mergeFollowingText(t);
                if (t.getLiteral().contains("[[")) {
                    candidates.add(t);
                }
            }
            cur = Trees.next(cur, document);
        }
        for (Text t : candidates) {
            split(t);
        }
    }

    /** Joins following text and inline-HTML siblings into {@code t}. */
    private static void mergeFollowingText(Text t) {
        if (!isTextLike(t.getNext())) {
            return;
        }
        StringBuilder b = new StringBuilder(t.getLiteral());
        while (isTextLike(t.getNext())) {
            Node next = t.getNext();
            b.append(next instanceof Text nt ? nt.getLiteral() : ((HtmlInline) next).getLiteral());
            next.unlink();
        }
        t.setLiteral(b.toString());
    }

    private static boolean isTextLike(Node node) {
        return node instanceof Text || node instanceof HtmlInline;
    }

    private void split(Text text) {
        String literal = text.getLiteral();
        Matcher m = WIKI_LINK.matcher(literal);
        int last = 0;
        boolean changed = false;
        while (m.find()) {
            WikiLinkNode link = toNode(m.group(1), m.group(2));
            if (link == null) {
                continue;
            }
            if (m.start() > last) {
                text.insertBefore(new Text(literal.substring(last, m.start())));
            }
            text.insertBefore(link);
            last = m.end();
            changed = true;
        }
        if (!changed) {
            return;
        }
        if (last < literal.length()) {
            text.insertBefore(new Text(literal.substring(last)));
        }
        text.unlink();
    }

    private WikiLinkNode toNode(String target, String label) {
        String inner = target.strip();
        String space = null;
        String title = inner;
        Matcher sm = SPACE_PREFIX.matcher(inner);
        if (sm.matches()) {
            space = sm.group(1);
            title = sm.group(2);
        }
        title = Trees.collapseWhitespace(title);
        if (title.isEmpty()) {
            return null;
        }
        WikiLinkRef ref = new WikiLinkRef(space, title);
        found.add(ref);
        String shown = label == null ? "" : Trees.collapseWhitespace(label);
        return new WikiLinkNode(ref, shown.isEmpty() ? title : shown, resolve(ref));
    }

    private LinkResolution resolve(WikiLinkRef ref) {
        LinkResolution r = resolved.get(ref);
        if (r == null) {
            r = resolved.size() < MAX_RESOLVED ? resolver.resolve(ref.space(), ref.title()) : null;
            if (r == null) {
                r = LinkResolution.missing();
            }
            resolved.put(ref, r);
        }
        return r;
    }
}
