package org.commonplace.community;

/** Where a directory entry stands: waiting for an editor, listed, or turned down. */
public enum EntryState {
    SUGGESTED, APPROVED, REJECTED
}
