package org.commonplace.markup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a {@link WikiLinkNode}: a link for an existing page, a red "new" link for a page the
 * reader may create, plain text otherwise (missing and hidden look the same). Label and URL are
 * escaped by the writer; the sanitizer checks the result again.
 */
final class WikiLinkHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    WikiLinkHtmlRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(WikiLinkNode.class);
    }

    @Override
    public void render(Node node) {
        WikiLinkNode link = (WikiLinkNode) node;
        LinkResolution r = link.resolution();
        Map<String, String> attrs = new LinkedHashMap<>();
        switch (r.kind()) {
            case EXISTS -> {
                attrs.put("href", context.encodeUrl(r.url()));
                attrs.put("class", "wikilink");
                writeElement("a", attrs, link.label());
            }
            case MISSING_CREATABLE -> {
                attrs.put("href", context.encodeUrl(r.url()));
                attrs.put("class", "wikilink new");
                attrs.put("rel", "nofollow");
                writeElement("a", attrs, link.label());
            }
            default -> {
                attrs.put("class", "wikilink-missing");
                writeElement("span", attrs, link.label());
            }
        }
    }

    private void writeElement(String name, Map<String, String> attrs, String label) {
        html.tag(name, attrs);
        html.text(label);
        html.tag("/" + name);
    }
}
