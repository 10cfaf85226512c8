package org.commonplace.space;

/** A member's role in a space. Each role can do everything the roles before it can. */
public enum Role {
    /** Reads, posts, edits open wiki pages. */
    MEMBER,
    /** Also curates: promotes threads, keeps the phrasebook. */
    EDITOR,
    /** Also moderates: locks, pins, moves and hides. */
    MODERATOR,
    /** Also administers: invitations, members and their roles, the space's settings. */
    ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
