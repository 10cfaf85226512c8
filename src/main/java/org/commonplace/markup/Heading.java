package org.commonplace.markup;

/**
 * A heading of a rendered document, for a table of contents.
 *
 * @param level  1 to 6
 * @param text   the heading's plain text
 * @param anchor the {@code id} the heading carries in the HTML (link to it with {@code #anchor})
 */
public record Heading(int level, String text, String anchor) {
}
