package org.commonplace.shared;

/**
 * Marks entities whose changes no anonymous reader can see (read positions, notifications, drafts, tokens, job
 * records...): writing them does not move {@link ContentVersion}, so a signed-in member reading threads does not
 * empty the page cache for everyone else. Every other entity counts as content.
 */
public interface PrivateState {
}
