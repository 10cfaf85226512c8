package org.commonplace.imports.mediawiki;

/**
 * The author of a revision: a registered user (username and id) or an anonymous IP address.
 *
 * @param id the user id; 0 or null for imported or anonymous edits
 * @param deleted true when the export hides the contributor ({@code deleted="deleted"})
 */
public record WikiContributor(String username, Long id, String ip, boolean deleted) {

    public boolean isAnonymous() {
        return username == null;
    }
}
