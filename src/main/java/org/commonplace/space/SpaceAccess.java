package org.commonplace.space;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.NotFoundException;

/**
 * The one access policy. Everything that shows or changes content of a space asks here, and nowhere
 * else decides: pages, the REST API, search, feeds and notifications alike.
 *
 * <ul>
 *   <li>SEE: public spaces for everyone, members-only spaces for any signed-in account, invite-only spaces
 *       for their members. A viewer who may not see an invite-only space is told it does not exist.</li>
 *   <li>POST: signed-in accounts in public and members-only spaces; members in invite-only ones.</li>
 *   <li>EDIT: members of the space (any role), or editors and up where the space says so. CURATE: editors and up. MODERATE: moderators and up.
 *       ADMINISTER: space admins.</li>
 *   <li>Site admins may do everything everywhere.</li>
 * </ul>
 */
@ApplicationScoped
public class SpaceAccess {

    public boolean may(Viewer viewer, Space space, Action action) {
        return allows(viewer, space.getId(), space.getVisibility(), space.getEditPolicy(), action);
    }

    /** The rule for a space whose wiki any member may edit. */
    public static boolean allows(Viewer viewer, Long spaceId, Visibility visibility, Action action) {
        return allows(viewer, spaceId, visibility, EditPolicy.MEMBERS, action);
    }

    /** The rule itself, on plain values (used by queries and by tests). */
    public static boolean allows(Viewer viewer, Long spaceId, Visibility visibility, EditPolicy editPolicy, Action action) {
        Objects.requireNonNull(viewer, "viewer is required");
        Objects.requireNonNull(action, "action is required");
        if (viewer.siteAdmin()) {
            return true;
        }
        Optional<Role> role = viewer.roleIn(spaceId);
        boolean sees = switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> viewer.signedIn();
            case INVITE_ONLY -> role.isPresent();
        };
        if (!sees) {
            return false;
        }
        return switch (action) {
            case SEE -> true;
            case POST -> viewer.signedIn() && (visibility != Visibility.INVITE_ONLY || role.isPresent());
            case EDIT -> role.filter(r -> editPolicy == EditPolicy.MEMBERS || r.atLeast(Role.EDITOR)).isPresent();
            case CURATE -> role.filter(r -> r.atLeast(Role.EDITOR)).isPresent();
            case MODERATE -> role.filter(r -> r.atLeast(Role.MODERATOR)).isPresent();
            case ADMINISTER -> role.filter(r -> r.atLeast(Role.ADMIN)).isPresent();
        };
    }

    /**
     * Throws unless the viewer may act. A viewer who may not even see the space gets {@link NotFoundException},
     * exactly as for a space that does not exist; one who sees it but may not act gets {@link ForbiddenException}.
     */
    public void require(Viewer viewer, Space space, Action action) {
        if (!may(viewer, space, Action.SEE)) {
            throw new NotFoundException("There is no such space.");
        }
        if (!may(viewer, space, action)) {
            throw new ForbiddenException(switch (action) {
                case POST -> viewer.signedIn() ? "Only members of this space may post here." : "Sign in to post.";
                case EDIT -> viewer.signedIn() ? "Only members of this space may edit here." : "Sign in to edit.";
                case CURATE -> "Only the space's editors may do that.";
                case MODERATE -> "Only the space's moderators may do that.";
                case ADMINISTER -> "Only the space's administrators may do that.";
                case SEE -> "There is no such space.";
            });
        }
    }

    /**
     * Whether the viewer curates somewhere: a site admin, or an editor (or higher) of any space. Site-wide records
     * that belong to no space (the community directory, case studies) are reviewed and edited by such people.
     */
    public static boolean curatesAnywhere(Viewer viewer) {
        return viewer.siteAdmin() || viewer.roles().values().stream().anyMatch(r -> r.atLeast(Role.EDITOR));
    }

    /** The restriction list queries and search apply so they return only what the viewer may see. */
    public SpaceFilter readable(Viewer viewer) {
        if (viewer.siteAdmin()) {
            return new SpaceFilter(true, EnumSet.allOf(Visibility.class), java.util.Set.of());
        }
        EnumSet<Visibility> open = viewer.signedIn()
                ? EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS)
                : EnumSet.of(Visibility.PUBLIC);
        return new SpaceFilter(false, open, viewer.roles().keySet());
    }

    /**
     * Who could read content copied from {@code source} into {@code target}: within one space nothing changes;
     * from an invite-only space into any other space the readers may widen (its members are not the other's);
     * members-only into public widens; public into members-only or invite-only, and members-only into
     * invite-only, narrow.
     */
    public static ReadersChange readersChange(Space source, Space target) {
        if (source.getId().equals(target.getId())) {
            return ReadersChange.SAME;
        }
        return switch (source.getVisibility()) {
            case INVITE_ONLY -> ReadersChange.WIDER;
            case MEMBERS -> switch (target.getVisibility()) {
                case PUBLIC -> ReadersChange.WIDER;
                case MEMBERS -> ReadersChange.SAME;
                case INVITE_ONLY -> ReadersChange.NARROWER;
            };
            case PUBLIC -> target.getVisibility() == Visibility.PUBLIC ? ReadersChange.SAME : ReadersChange.NARROWER;
        };
    }
}
