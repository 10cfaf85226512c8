/**
 * Text algorithms of the versioned wiki: comparing revisions, merging concurrent edits and attributing
 * lines to revisions. Pure Java (no Jakarta EE types), so that services, views and the REST API can use
 * it and it can be tested without a container.
 *
 * <ul>
 *   <li>{@link org.commonplace.wiki.text.TextDiff}: line diff with word-level highlighting of changed
 *       lines and unified-diff-style context folding, for the {@code /diff} view and history figures.</li>
 *   <li>{@link org.commonplace.wiki.text.ThreeWayMerge}: diff3-style merge used when an edit was made
 *       against a stale base revision ("lost edits" in reliability.md): non-overlapping changes are
 *       combined, anything else becomes a {@link org.commonplace.wiki.text.Conflict} that keeps both
 *       texts; nothing is ever overwritten silently.</li>
 *   <li>{@link org.commonplace.wiki.text.Blame}: which revision introduced each line of the newest text.</li>
 * </ul>
 *
 * <p>Common conventions: {@code \r\n} and lone {@code \r} are normalised to {@code \n} before any
 * comparison, and all produced text uses {@code \n}; a text is a list of lines plus a flag for the final
 * line break; {@code null} is the empty text. Diffing is done with java-diff-utils (Myers). Nothing here
 * escapes or renders: every string handed out is raw page text, and the views escape it.
 */
package org.commonplace.wiki.text;
