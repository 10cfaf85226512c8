package org.commonplace.space;

import jakarta.persistence.Query;
import java.util.Set;

/**
 * The spaces a viewer may read, in a form list queries (and the search index) can apply in the database
 * rather than after the fact: either everything, or spaces whose visibility is open to the viewer plus the
 * spaces the viewer is a member of.
 */
public record SpaceFilter(boolean everything, Set<Visibility> openVisibilities, Set<Long> memberSpaceIds) {

    private static final String VIS = "cpVisibleVisibilities";
    private static final String IDS = "cpMemberSpaceIds";

    public SpaceFilter {
        openVisibilities = Set.copyOf(openVisibilities);
        memberSpaceIds = Set.copyOf(memberSpaceIds);
    }

    /** A JPQL condition on the space entity under {@code alias}; bind its parameters with {@link #bind(Query)}. */
    public String jpql(String alias) {
        if (everything) {
            return "(1 = 1)";
        }
        if (memberSpaceIds.isEmpty()) {
            return "(" + alias + ".visibility in :" + VIS + ")";
        }
        return "(" + alias + ".visibility in :" + VIS + " or " + alias + ".id in :" + IDS + ")";
    }

    public <Q extends Query> Q bind(Q query) {
        if (!everything) {
            query.setParameter(VIS, openVisibilities);
            if (!memberSpaceIds.isEmpty()) {
                query.setParameter(IDS, memberSpaceIds);
            }
        }
        return query;
    }

    /** Whether a space passes the filter; agrees with {@link #jpql(String)} by construction. */
    public boolean admits(Long spaceId, Visibility visibility) {
        return everything || openVisibilities.contains(visibility) || memberSpaceIds.contains(spaceId);
    }
}
