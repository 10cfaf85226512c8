/**
 * MediaWiki XML export ({@code export-0.N}) support: a streaming, hardened StAX reader, a writer for
 * export-0.11, immutable records for site info, pages and revisions, and a small wikitext-to-Markdown
 * converter. Pure Java (JDK StAX only).
 */
package org.commonplace.imports.mediawiki;
