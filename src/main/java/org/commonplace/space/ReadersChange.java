package org.commonplace.space;

/**
 * How the readers of a target space compare with those of the space some content comes from, when the content
 * is copied across (promotion): the same people, fewer (narrower) or possibly others (wider).
 */
public enum ReadersChange {
    SAME, NARROWER, WIDER
}
