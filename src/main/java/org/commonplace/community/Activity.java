package org.commonplace.community;

/** How lively a community is, as the person suggesting it judged. */
public enum Activity {
    VERY_ACTIVE, ACTIVE, QUIET, DORMANT
}
