package org.commonplace.wiki;

/**
 * What an editor submits: the title, the text, a summary, the minor flag, the revision the edit started
 * from (0 for a new page), and the tags as typed (comma separated; null keeps the page's tags).
 */
public record Edit(String title, String markdown, String summary, boolean minor, int baseRevision, String tags) {

    public Edit(String title, String markdown, String summary, boolean minor, int baseRevision) {
        this(title, markdown, summary, minor, baseRevision, null);
    }
}
