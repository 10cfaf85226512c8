package org.commonplace.imports;

import java.time.Instant;
import java.util.List;

/** What the source readers hand to the writer: one unit (a page with its history, a thread with its posts) at a time. */
public final class Units {

    private Units() {
    }

    /**
     * A wiki page with its revisions, oldest first.
     *
     * @param key the page's source key (unique within the import's source)
     */
    public record PageUnit(String key, String title, List<RevisionUnit> revisions) {
        public PageUnit {
            revisions = List.copyOf(revisions);
        }
    }

    /**
     * One revision as it was written.
     *
     * @param originalText the source text when it was converted (wikitext), else null
     */
    public record RevisionUnit(String key, SourceAuthor author, Instant at, String summary, boolean minor, String markdown,
                               String originalText) {
    }

    /**
     * A thread with its posts; the first post opens it.
     *
     * @param boardSlug the board (made when missing) — e.g. a Ning category
     */
    public record ThreadUnit(String key, String boardSlug, String boardName, String title, List<PostUnit> posts) {
        public ThreadUnit {
            posts = List.copyOf(posts);
        }
    }

    /**
     * One post; {@code parentKey} names the post it answers (null: the thread as a whole).
     */
    public record PostUnit(String key, String parentKey, SourceAuthor author, Instant at, String markdown) {
    }

    /** A person listed by the source (a Ning member), made a placeholder account even without posts. */
    public record AccountUnit(SourceAuthor author, Instant joined) {
    }
}
