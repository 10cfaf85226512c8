package org.commonplace.markup;

import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Caps how deep the tree nests ({@code > > > …}, {@code - - - …}, runs of emphasis). Commonmark
 * parses such input iteratively, but its visitors and the HTML renderer recurse, so ten thousand
 * levels would overflow the stack. Below {@link #MAX_DEPTH} a subtree is replaced by its plain
 * text: nothing is lost to the reader but structure nobody writes on purpose.
 *
 * <p>Registered as the first post-processor, so the extensions' (recursive) post-processors only
 * ever see a shallow tree.
 */
final class NestingLimiter implements PostProcessor {

    /** Deepest nesting kept; a direct child of the document is at depth 1. */
    static final int MAX_DEPTH = 32;

    @Override
    public Node process(Node document) {
        Node cur = document.getFirstChild();
        int depth = 1;
        while (cur != null) {
            if (depth >= MAX_DEPTH && cur.getFirstChild() != null) {
                cur = flatten(cur);
            }
            if (cur.getFirstChild() != null) {
                cur = cur.getFirstChild();
                depth++;
                continue;
            }
            while (cur != document && cur.getNext() == null) {
                cur = cur.getParent();
                depth--;
            }
            cur = cur == document ? null : cur.getNext();
        }
        return document;
    }

    /** Replaces {@code node}'s subtree by its text; returns the node now standing in its place. */
    private static Node flatten(Node node) {
        String text = Trees.plainText(node);
        if (!(node instanceof Block)) {
            Text replacement = new Text(text);
            node.insertBefore(replacement);
            node.unlink();
            return replacement;
        }
        if (!(node.getFirstChild() instanceof Block)) {
            removeChildren(node);
            node.appendChild(new Text(text));
            return node;
        }
        if (node instanceof ListItem) {
            removeChildren(node);
            node.appendChild(paragraph(text));
            return node;
        }
        Node parent = node.getParent();
        if (parent instanceof Document || parent instanceof BlockQuote || parent instanceof ListItem) {
            Paragraph replacement = paragraph(text);
            node.insertBefore(replacement);
            node.unlink();
            return replacement;
        }
        return node;
    }

    private static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph();
        p.appendChild(new Text(text));
        return p;
    }

    private static void removeChildren(Node node) {
        while (node.getFirstChild() != null) {
            node.getFirstChild().unlink();
        }
    }
}
