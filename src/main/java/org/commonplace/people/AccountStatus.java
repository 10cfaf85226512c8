package org.commonplace.people;

/** Whether an account may sign in. */
public enum AccountStatus {
    /** A normal account. */
    ACTIVE,
    /** Barred by an administrator: cannot sign in, its sessions and tokens stop working. */
    SUSPENDED,
    /** Made by an importer for an author who has not claimed it yet: no password, cannot sign in. */
    PLACEHOLDER
}
