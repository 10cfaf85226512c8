package org.commonplace.markup;

import org.commonmark.node.CustomNode;

/** A resolved {@code [[wiki link]]} in the commonmark tree; rendered by {@link WikiLinkHtmlRenderer}. */
final class WikiLinkNode extends CustomNode {

    private final WikiLinkRef target;
    private final String label;
    private final LinkResolution resolution;

    WikiLinkNode(WikiLinkRef target, String label, LinkResolution resolution) {
        this.target = target;
        this.label = label;
        this.resolution = resolution;
    }

    WikiLinkRef target() {
        return target;
    }

    String label() {
        return label;
    }

    LinkResolution resolution() {
        return resolution;
    }
}
