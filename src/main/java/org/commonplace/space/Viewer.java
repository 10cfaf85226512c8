package org.commonplace.space;

import java.util.Map;
import java.util.Optional;

/**
 * Who is looking: an anonymous reader or a signed-in account with its site-admin flag and its role in each
 * space it belongs to. Built once per request; {@link SpaceAccess} decides everything from it.
 */
public record Viewer(Long accountId, String username, String displayName, boolean siteAdmin, Map<Long, Role> roles) {

    private static final Viewer ANONYMOUS = new Viewer(null, null, null, false, Map.of());

    public Viewer {
        roles = Map.copyOf(roles);
    }

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    public boolean signedIn() {
        return accountId != null;
    }

    public Optional<Role> roleIn(Long spaceId) {
        return Optional.ofNullable(spaceId == null ? null : roles.get(spaceId));
    }
}
