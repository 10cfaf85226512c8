package org.commonplace.wiki;

/**
 * Fired (synchronously, inside the writing transaction) when a page is deleted or restored, so that what depends on
 * the page being there (the search index's "promoted" value of the posts distilled into it) changes in the same
 * transaction.
 */
public record PageDeletionChanged(long pageId, boolean deleted) {
}
