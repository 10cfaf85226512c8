package org.commonplace.space;

/** Who may read a space. */
public enum Visibility {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in account. */
    MEMBERS,
    /** Only its members; everyone else is told it does not exist. */
    INVITE_ONLY
}
