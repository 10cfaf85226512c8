package org.commonplace.wiki.web;

import java.io.Serializable;
import org.commonplace.wiki.text.Conflict;

/**
 * One overlapping change as the conflict screen shows it: where it starts in their text and in the writer's,
 * and the three versions of the lines. Kept apart from {@link Conflict} so the editor's view-scoped state
 * stays serializable.
 */
public record ConflictChunk(int theirsLine, int mineLine, String base, String theirs, String mine) implements Serializable {

    static ConflictChunk of(Conflict conflict) {
        return new ConflictChunk(conflict.theirsLine(), conflict.mineLine(), conflict.baseText(), conflict.theirsText(), conflict.mineText());
    }
}
