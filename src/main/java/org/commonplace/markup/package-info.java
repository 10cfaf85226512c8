/**
 * Markdown → safe HTML: the one XSS boundary for user-written content.
 *
 * <p>Every page revision, post and other user text that is shown as HTML is rendered here by
 * {@link org.commonplace.markup.MarkupRenderer} and nowhere else. The pipeline is:
 * <ol>
 *   <li>refuse sources over {@link org.commonplace.markup.MarkupRenderer#MAX_SOURCE_CHARS};</li>
 *   <li>parse with commonmark-java (linear time; nesting over 32 levels flattened to text);</li>
 *   <li>replace {@code [[wiki links]]} through a {@link org.commonplace.markup.LinkResolver} that
 *       the caller implements with the space access policy (hidden spaces look like missing pages);</li>
 *   <li>render HTML with raw HTML escaped, headings given {@code h-…} ids;</li>
 *   <li>pass the result through {@link org.commonplace.markup.HtmlSanitizer}, an allow-list that
 *       also enforces the URL scheme rules of {@link org.commonplace.markup.SafeUrls}.</li>
 * </ol>
 * The sanitized HTML is what views emit unescaped; everything else in a view is escaped by
 * Facelets. Sanitizing last means a mistake in the renderer, an extension or a resolver cannot
 * open a hole: only what the sanitizer allows ever reaches a browser.
 *
 * <p>Pure Java on purpose (no Jakarta imports): it is unit-tested without a server and can be
 * used by importers, the REST API and batch re-rendering alike. Stored HTML carries
 * {@link org.commonplace.markup.MarkupRenderer#RENDERER_VERSION} so it can be re-rendered when the
 * rules change.
 */
package org.commonplace.markup;
