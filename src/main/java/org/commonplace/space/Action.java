package org.commonplace.space;

/** What a viewer wants to do in a space; {@link SpaceAccess} answers whether they may. */
public enum Action {
    /** Know the space exists and read its content. */
    SEE,
    /** Start threads and reply. */
    POST,
    /** Create and edit wiki pages. */
    EDIT,
    /** Promote threads, curate the phrasebook and start-here paths. */
    CURATE,
    /** Lock, pin, move, hide. */
    MODERATE,
    /** Invite people, change roles, remove members, change the space's settings. */
    ADMINISTER
}
