package org.commonplace.imports.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.commonplace.imports.ImportItem;
import org.commonplace.imports.ImportStore;

/**
 * "Imported from Ning, originally by Ana Popescu, 2 May 2011" for threads and pages that came from an
 * archive. Called only from views that have already shown the item to this viewer; addresses are never shown.
 */
@Named("importedFrom")
@RequestScoped
public class ImportOrigins {

    /** What a view shows about an imported item. */
    public record Origin(String source, String author, Instant date) {
    }

    @Inject
    ImportStore store;

    private final Map<String, Optional<Origin>> cache = new HashMap<>();

    public Origin thread(Long threadId) {
        return threadId == null ? null : cache.computeIfAbsent("t" + threadId,
                k -> store.origin(ImportItem.Kind.THREAD, threadId).map(ImportOrigins::of)).orElse(null);
    }

    public Origin page(String spaceSlug, String pageSlug) {
        return spaceSlug == null || pageSlug == null ? null : cache.computeIfAbsent("p" + spaceSlug + "/" + pageSlug,
                k -> store.pageOrigin(spaceSlug, pageSlug).map(ImportOrigins::of)).orElse(null);
    }

    private static Origin of(ImportItem item) {
        String author = item.getOriginalAuthor() == null ? "" : item.getOriginalAuthor().replaceAll("\\s*<[^>]*>$", "");
        return new Origin(item.getFormat().label(), author, item.getOriginalDate());
    }
}
