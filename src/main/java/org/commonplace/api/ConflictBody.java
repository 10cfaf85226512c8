package org.commonplace.api;

import java.util.List;
import org.commonplace.wiki.SaveOutcome;

/**
 * The 409 answer to a stale {@code PUT} whose changes overlap the page's newer revision. Nothing was saved;
 * {@code yours} is the submitted text in full and {@code theirs} the current text in full, so a client can
 * resolve the conflict without losing a character. {@code base} and {@code conflicts} (the overlapping
 * regions, lines of base, theirs and yours) are extras beyond the contract.
 */
public record ConflictBody(String error, String message, int baseRevision, int currentRevision, String currentAuthor,
        String yours, String theirs, String base, List<Region> conflicts) {

    /** One overlapping region; line numbers are 1-based positions in each text. */
    public record Region(int baseLine, List<String> base, int theirsLine, List<String> theirs, int yoursLine, List<String> yours) {
    }

    static ConflictBody of(SaveOutcome.Conflict c) {
        List<Region> regions = c.merge().conflicts().stream()
                .map(r -> new Region(r.baseLine(), r.base(), r.theirsLine(), r.theirs(), r.mineLine(), r.mine())).toList();
        String message = "The page changed since revision " + c.baseRevision() + ": revision " + c.currentRevision() + " by "
                + c.currentAuthor() + " overlaps your changes. Nothing was saved; merge the texts and send them again with baseRevision "
                + c.currentRevision() + ".";
        return new ConflictBody("conflict", message, c.baseRevision(), c.currentRevision(), c.currentAuthor(), c.yours(),
                c.theirs(), c.base(), regions);
    }
}
