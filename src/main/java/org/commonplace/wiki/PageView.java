package org.commonplace.wiki;

/**
 * A page as one reader sees it: the revision shown, its HTML with wiki links resolved for this reader,
 * where the reader came from if redirected, and what the reader may do.
 */
public record PageView(Page page, Revision revision, String html, String redirectedFrom, boolean canEdit, boolean canCurate) {

    public boolean oldRevision() {
        return revision.getNumber() != page.getCurrentRevision();
    }
}
