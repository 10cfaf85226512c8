package org.commonplace.imports;

/**
 * An author as the source names them. Matched to an account by e-mail first, then (for sources without
 * addresses) by user name; otherwise a placeholder account is made, claimable later through its address.
 *
 * @param key the source's own key for the person (Ning member key, mail address, wiki user name)
 * @param displayName the name to show, or null
 * @param email the address, or null
 * @param anonymous true for an anonymous edit (an IP address in MediaWiki): no account, the key is the name
 */
public record SourceAuthor(String key, String displayName, String email, boolean anonymous) {

    public static SourceAuthor unknown() {
        return new SourceAuthor("unknown", "Unknown author", null, false);
    }

    /** How the original author is recorded on the item. */
    public String label() {
        String name = displayName == null || displayName.isBlank() ? key : displayName;
        return email == null || email.isBlank() || anonymous ? name : name + " <" + email + ">";
    }
}
