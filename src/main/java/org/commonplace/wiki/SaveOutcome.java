package org.commonplace.wiki;

import org.commonplace.wiki.text.MergeResult;

/** How a save ended: a new revision (perhaps merged), nothing to save, or a conflict to resolve. */
public sealed interface SaveOutcome {

    Page page();

    /** A new revision was written. {@code mergedWith} is the revision it was merged with, or null. */
    record Saved(Page page, Revision revision, Integer mergedWith, String mergedWithAuthor) implements SaveOutcome {
        public boolean merged() {
            return mergedWith != null;
        }
    }

    /** The text (and title) equal the current revision: nothing was written. */
    record Unchanged(Page page) implements SaveOutcome {
    }

    /**
     * The page moved on since the edit began and the changes overlap. Nothing was written; both texts are
     * here so the editor can resolve the conflict without losing a character.
     */
    record Conflict(Page page, int baseRevision, int currentRevision, String currentAuthor, String base, String theirs,
            String yours, MergeResult merge) implements SaveOutcome {
    }
}
