/**
 * The versioned wiki: pages with immutable revisions, merge-on-save, redirects left by renames, the link
 * table (backlinks, wanted and orphan pages), tags, drafts, watches and files. {@code text/} holds the
 * diff, merge and blame algorithms; {@code web/} the backing beans of {@code wiki/*.xhtml}.
 * The wiki never depends on the forum.
 */
package org.commonplace.wiki;
