package org.commonplace.api;

import java.time.Instant;
import java.util.List;
import org.commonplace.wiki.PageView;
import org.commonplace.wiki.SaveOutcome;

/**
 * A page as {@code GET /spaces/{space}/pages/{slug}} shows it, and as a successful {@code PUT} answers it.
 * The contract fields come first; {@code tags} and {@code redirectedFrom} are extras, and the save fields
 * ({@code merged}, {@code mergedWith}, {@code mergedWithAuthor}, {@code unchanged}) are present only in a
 * {@code PUT} answer (null fields are left out of the JSON).
 */
public record PageJson(String space, String slug, String title, int revision, String markdown, String html, String author,
        Instant updatedAt, List<String> tags, String redirectedFrom, Boolean merged, Integer mergedWith,
        String mergedWithAuthor, Boolean unchanged) {

    static PageJson of(String space, PageView view) {
        return new PageJson(space, view.page().getSlug(), view.revision().getTitle(), view.revision().getNumber(),
                view.revision().getMarkdown(), view.html(), view.revision().getAuthorName(), view.revision().getCreatedAt(),
                List.copyOf(view.page().getTags()), view.redirectedFrom(), null, null, null, null);
    }

    /** The page after a save: how the save went is added to what GET shows. */
    PageJson after(SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            return new PageJson(space, slug, title, revision, markdown, html, author, updatedAt, tags, redirectedFrom,
                    saved.merged(), saved.mergedWith(), saved.mergedWithAuthor(), false);
        }
        return new PageJson(space, slug, title, revision, markdown, html, author, updatedAt, tags, redirectedFrom,
                false, null, null, true);
    }
}
