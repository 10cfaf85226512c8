package org.commonplace.search;

/** Names of the fields every search document has (pages, threads and posts share one schema). */
public final class SearchFields {

    private SearchFields() {
    }

    /** {@link DocKind#key()}: page, thread, post. Faceted. */
    public static final String TYPE = "type";
    /** Page or thread title (English analysis); boosted in queries. */
    public static final String TITLE = "title";
    public static final String TITLE_EXACT = "titleExact";
    /** Every prefix of the title words, for autocomplete. */
    public static final String TITLE_SUGGEST = "titleSuggest";
    /** Page body (current revision) or post body, as Markdown. */
    public static final String BODY = "body";
    public static final String BODY_EXACT = "bodyExact";
    /** Page tags. */
    public static final String TAGS = "tags";
    /** For a post: the title of its thread. */
    public static final String CONTEXT = "context";
    public static final String CONTEXT_EXACT = "contextExact";
    /** Author name (keyword, lower case: the facet counts and shows this form). Faceted. */
    public static final String AUTHOR = "author";
    public static final String SPACE_ID = "spaceId";
    public static final String BOARD_ID = "boardId";
    /**
     * The space id and the board id again, as keywords, for their facets: Lucene counts keyword facets through ordinals,
     * about three times faster per match than numeric ones (measured on the benchmark's large data set).
     */
    public static final String SPACE_FACET = "spaceFacet";
    public static final String BOARD_FACET = "boardFacet";
    public static final String THREAD_ID = "threadId";
    /** Last change of a page, start of a thread, time of a post. Faceted by ranges. */
    public static final String DATE = "date";
    /** "yes" when the page holds promoted posts, the thread or the post was promoted into a page that exists; else "no". Faceted. */
    public static final String PROMOTED = "promoted";
    /**
     * Which of {@link SearchDocumentBinder#SAMPLE_BUCKETS} buckets the document falls in, from a hash of its type and id
     * ("0", "1", ...): counting one bucket estimates the counts of a search that matches too many documents to count.
     */
    public static final String SAMPLE = "sample";
    /** Stored only: what a hit shows as its title, its link, and the opening of its text. */
    public static final String HEADING = "heading";
    public static final String URL = "url";
    public static final String EXCERPT = "excerpt";
}
