package org.commonplace.wiki.text;

/**
 * One line of the newest revision with the revision that introduced it, as shown by the {@code /blame}
 * view.
 *
 * @param lineNumber 1-based line number in the newest revision
 * @param text       the line, without its line break, not escaped
 * @param revision   number of the revision that introduced the line in its current form
 * @param author     author of that revision, as given to {@link Blame}
 */
public record BlameLine(int lineNumber, String text, int revision, String author) { }
