package org.commonplace.search;

import java.util.Locale;
import java.util.Optional;

/**
 * One search: the text as typed and the facet values chosen (each optional), with the page wanted.
 *
 * @param type   a {@link DocKind#key()}
 * @param space  a space slug
 * @param board  a board id
 * @param author an author name
 * @param date   a {@link DateRange#key()}
 * @param promoted "yes" (distilled into a wiki page) or "no"
 */
public record SearchQuery(String q, String type, String space, Long board, String author, String date, int page, int size,
        String promoted) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /**
     * How deep paging goes: hits beyond the 10,000th are not served (ranking a page there holds every hit before it, a
     * cost a request could otherwise set at will). Narrowing the search reaches the rest.
     */
    public static final int MAX_DEPTH = 10_000;

    public SearchQuery {
        page = Math.max(page, 1);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        type = blankToNull(type);
        space = blankToNull(space);
        author = blankToNull(author);
        date = blankToNull(date);
        promoted = "yes".equalsIgnoreCase(blankToNull(promoted)) ? "yes" : "no".equalsIgnoreCase(blankToNull(promoted)) ? "no" : null;
    }

    /** Whether the page lies within the first {@link #MAX_DEPTH} hits. */
    public boolean withinDepth() {
        return (long) page * size <= MAX_DEPTH;
    }

    /** A search without the promoted facet chosen. */
    public SearchQuery(String q, String type, String space, Long board, String author, String date, int page, int size) {
        this(q, type, space, board, author, date, page, size, null);
    }

    public static SearchQuery of(String q) {
        return new SearchQuery(q, null, null, null, null, null, 1, DEFAULT_SIZE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The date facet's buckets, counted back from now. */
    public enum DateRange {
        WEEK(7), MONTH(31), YEAR(366), OLDER(366);

        final int days;

        DateRange(int days) {
            this.days = days;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<DateRange> of(String key) {
            for (DateRange r : values()) {
                if (r.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }
}
