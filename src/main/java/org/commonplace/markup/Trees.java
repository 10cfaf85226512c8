package org.commonplace.markup;

import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Iterative walks over a commonmark tree. Hostile input can nest thousands of levels deep, so
 * nothing here recurses.
 */
final class Trees {

    private Trees() {
    }

    /** The node after {@code node} in pre-order, skipping its children, staying inside {@code root}. */
    static Node nextSkippingChildren(Node node, Node root) {
        Node cur = node;
        while (cur != root && cur.getNext() == null) {
            cur = cur.getParent();
        }
        return cur == root ? null : cur.getNext();
    }

    /** The node after {@code node} in pre-order, inside {@code root}. */
    static Node next(Node node, Node root) {
        Node child = node.getFirstChild();
        return child != null ? child : nextSkippingChildren(node, root);
    }

    /** The text a reader sees in {@code root}, whitespace collapsed. */
    static String plainText(Node root) {
        StringBuilder b = new StringBuilder();
        Node cur = root.getFirstChild();
        while (cur != null) {
            if (cur instanceof Text t) {
                b.append(t.getLiteral());
            } else if (cur instanceof Code c) {
                b.append(c.getLiteral());
            } else if (cur instanceof WikiLinkNode w) {
                b.append(w.label());
            } else if (cur instanceof HtmlInline h) {
                b.append(h.getLiteral());
            } else if (cur instanceof FencedCodeBlock f) {
                b.append(' ').append(f.getLiteral()).append(' ');
            } else if (cur instanceof IndentedCodeBlock i) {
                b.append(' ').append(i.getLiteral()).append(' ');
            } else if (cur instanceof HtmlBlock h) {
                b.append(' ').append(h.getLiteral()).append(' ');
            } else if (cur instanceof SoftLineBreak || cur instanceof HardLineBreak
                    || cur instanceof org.commonmark.node.Block) {
                b.append(' ');
            }
            cur = next(cur, root);
        }
        return collapseWhitespace(b);
    }

    static String collapseWhitespace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
