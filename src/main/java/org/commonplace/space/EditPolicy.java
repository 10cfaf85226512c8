package org.commonplace.space;

/** Who may edit the wiki pages of a space (a space setting). */
public enum EditPolicy {
    /** Any member of the space. */
    MEMBERS,
    /** Editors, moderators and administrators only. */
    EDITORS
}
