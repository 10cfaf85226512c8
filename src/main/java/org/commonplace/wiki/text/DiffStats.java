package org.commonplace.wiki.text;

/**
 * Line counts of a diff, as shown in history lists ("+12 −3"). A {@code CHANGE} row counts as one
 * line removed and one line added, like {@code git diff --stat}.
 *
 * @param added   lines only in the new text
 * @param removed lines only in the old text
 */
public record DiffStats(int added, int removed) {

    /** Whether the texts have the same lines (a change of the final line break alone counts as none). */
    public boolean isEmpty() {
        return added == 0 && removed == 0;
    }
}
