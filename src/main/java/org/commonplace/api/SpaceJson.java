package org.commonplace.api;

import java.time.Instant;
import org.commonplace.space.Space;
import org.commonplace.space.Visibility;

/** A space as the API shows it. */
public record SpaceJson(String slug, String name, String description, Visibility visibility, Instant lastActivityAt) {

    static SpaceJson of(Space s) {
        return new SpaceJson(s.getSlug(), s.getName(), s.getDescription(), s.getVisibility(), s.getLastActivityAt());
    }
}
