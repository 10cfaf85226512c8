package org.commonplace.imports.ning;

import java.time.Instant;
import java.util.List;

/**
 * A group from {@code ning-groups[-local].json}; groups become spaces on import.
 *
 * @param title plain text, entities unescaped
 * @param privacy the {@code groupPrivacy} value ("private", "public", ...), or null
 * @param isPrivate true when {@code isPrivate} is true/"Y" or the privacy is "private"
 * @param allowInvitations true when {@code allowInvitations} is "Y" or true
 * @param iconUrl path or URL of the icon with any {@code ?query} removed, or null
 */
public record NingGroup(String id, String contributorName, String title, String descriptionHtml,
                        Instant createdDate, Instant updatedDate, String privacy, boolean isPrivate,
                        boolean allowInvitations, String iconUrl, List<Member> members) {

    public NingGroup {
        members = List.copyOf(members);
    }

    /** One membership of a group as listed in the group record. */
    public record Member(String contributorName, String fullName, String status) {
    }
}
