package org.commonplace.search;

import java.time.Instant;
import java.util.Collection;
import org.commonplace.forum.Board;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.Post;
import org.commonplace.phrasebook.Term;
import org.commonplace.wiki.Page;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes pages, threads and posts into one shared document schema ({@link SearchFields}), so one query ranks
 * them together and facets count across types. A page's text is its current revision, read here through the
 * indexing session; everything else comes from the entity and its board and space.
 */
public final class SearchDocumentBinder implements TypeBinder {

    /** How much of the text a hit shows when nothing in it was highlighted. */
    static final int EXCERPT_LENGTH = 240;

    /**
     * The version of what this binder writes. Move it whenever a field is added, removed or changes how it is indexed
     * or stored: an index built by another version is rebuilt at start-up ({@link MappingVersion}).
     * 2: body stored for the snippets; authorId for the author facet. 3: the sample bucket. 4: 64 sample buckets.
     * 5: keyword facet fields for spaces and boards. 6: no authorId (the author facet counts the author field's values).
     */
    public static final int MAPPING_VERSION = 6;

    /**
     * Documents are spread over this many sample buckets ({@link SearchFields#SAMPLE}), so that one bucket holds about
     * one document in 64 of any large result set: some 300 documents of a search that matches 20,000
     * ({@link SearchService}'s limit for exact counts), enough for a total good to about 6%.
     */
    public static final int SAMPLE_BUCKETS = 64;
    /** The sample bucket whose documents estimate the counts of a search with too many matches to count. */
    public static final String SAMPLE_COUNTED = "0";

    private final DocKind kind;

    /** The space id of site-wide documents (phrasebook terms of no space): every reader may read them. */
    public static final long SITE_WIDE = 0L;

    private static final String LIVE_PAGE = "(select 1 from Promotion p, Page pg where p.id = s.promotionId and pg.id = p.pageId and pg.deleted = false)";
    static final String PAGE_PROMOTED = "select p.id from Promotion p where p.pageId = :id";
    static final String THREAD_PROMOTED = "select s.id from PromotedSource s where s.threadId = :id and exists " + LIVE_PAGE;
    static final String POST_PROMOTED = "select s.id from PromotedSource s where s.postId = :id and exists " + LIVE_PAGE;

    public SearchDocumentBinder(DocKind kind) {
        this.kind = kind;
    }

    @Override
    public void bind(TypeBindingContext context) {
        switch (kind) {
            case PAGE -> context.dependencies().use("title").use("slug").use("currentRevision").use("tags").use("updatedAt")
                    .use("space");
            case THREAD -> context.dependencies().use("title").use("authorName").use("createdAt").use("board");
            case POST -> context.dependencies().use("markdown").use("authorName").use("createdAt").use("thread");
            case TERM -> context.dependencies().use("term").use("slug").use("definition").use("explanation").use("aliases")
                    .use("updatedAt").use("space");
        }
        Fields fields = new Fields(context.indexSchemaElement(), context.typeFactory());
        switch (kind) {
            case PAGE -> context.bridge(Page.class, new PageBridge(fields));
            case THREAD -> context.bridge(ForumThread.class, new ThreadBridge(fields));
            case POST -> context.bridge(Post.class, new PostBridge(fields));
            case TERM -> context.bridge(Term.class, new TermBridge(fields));
        }
    }

    /** The shared schema: the same fields with the same types in every index. */
    static final class Fields {
        final IndexFieldReference<String> type;
        final IndexFieldReference<String> title;
        final IndexFieldReference<String> titleExact;
        final IndexFieldReference<String> titleSuggest;
        final IndexFieldReference<String> body;
        final IndexFieldReference<String> bodyExact;
        final IndexFieldReference<String> tags;
        final IndexFieldReference<String> context;
        final IndexFieldReference<String> contextExact;
        final IndexFieldReference<String> author;
        final IndexFieldReference<Long> spaceId;
        final IndexFieldReference<Long> boardId;
        final IndexFieldReference<String> spaceFacet;
        final IndexFieldReference<String> boardFacet;
        final IndexFieldReference<Long> threadId;
        final IndexFieldReference<Instant> date;
        final IndexFieldReference<String> promoted;
        final IndexFieldReference<String> heading;
        final IndexFieldReference<String> url;
        final IndexFieldReference<String> excerpt;
        final IndexFieldReference<String> sample;

        Fields(IndexSchemaElement schema, IndexFieldTypeFactory f) {
            type = schema.field(SearchFields.TYPE, f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference();
            title = schema.field(SearchFields.TITLE, f.asString().analyzer(SearchAnalyzers.ENGLISH)).toReference();
            titleExact = schema.field(SearchFields.TITLE_EXACT, f.asString().analyzer(SearchAnalyzers.EXACT)).toReference();
            titleSuggest = schema.field(SearchFields.TITLE_SUGGEST,
                    f.asString().analyzer(SearchAnalyzers.AUTOCOMPLETE).searchAnalyzer(SearchAnalyzers.EXACT)).toReference();
            // Stored for the snippets, which search/Highlighter marks once per search (not Lucene's highlighters: see there).
            body = schema.field(SearchFields.BODY, f.asString().analyzer(SearchAnalyzers.ENGLISH).projectable(Projectable.YES)).toReference();
            bodyExact = schema.field(SearchFields.BODY_EXACT, f.asString().analyzer(SearchAnalyzers.EXACT)).toReference();
            tags = schema.field(SearchFields.TAGS, f.asString().analyzer(SearchAnalyzers.ENGLISH)).multiValued().toReference();
            context = schema.field(SearchFields.CONTEXT, f.asString().analyzer(SearchAnalyzers.ENGLISH)).toReference();
            contextExact = schema.field(SearchFields.CONTEXT_EXACT, f.asString().analyzer(SearchAnalyzers.EXACT)).toReference();
            author = schema.field(SearchFields.AUTHOR,
                    f.asString().normalizer(SearchAnalyzers.KEYWORD).aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference();
            spaceId = schema.field(SearchFields.SPACE_ID, f.asLong().projectable(Projectable.YES)).toReference();
            boardId = schema.field(SearchFields.BOARD_ID, f.asLong()).toReference();
            spaceFacet = schema.field(SearchFields.SPACE_FACET, f.asString().aggregable(Aggregable.YES).searchable(Searchable.NO)).toReference();
            boardFacet = schema.field(SearchFields.BOARD_FACET, f.asString().aggregable(Aggregable.YES).searchable(Searchable.NO)).toReference();
            threadId = schema.field(SearchFields.THREAD_ID, f.asLong().projectable(Projectable.YES)).toReference();
            date = schema.field(SearchFields.DATE,
                    f.asInstant().aggregable(Aggregable.YES).sortable(Sortable.YES).projectable(Projectable.YES)).toReference();
            promoted = schema.field(SearchFields.PROMOTED, f.asString().aggregable(Aggregable.YES)).toReference();
            heading = schema.field(SearchFields.HEADING, f.asString().searchable(Searchable.NO).projectable(Projectable.YES)).toReference();
            url = schema.field(SearchFields.URL, f.asString().searchable(Searchable.NO).projectable(Projectable.YES)).toReference();
            excerpt = schema.field(SearchFields.EXCERPT, f.asString().searchable(Searchable.NO).projectable(Projectable.YES)).toReference();
            sample = schema.field(SearchFields.SAMPLE, f.asString().norms(Norms.NO)).toReference();
        }

        void board(DocumentElement doc, Board board) {
            doc.addValue(boardId, board.getId());
            doc.addValue(boardFacet, board.getId().toString());
        }

        void common(DocumentElement doc, DocKind kind, long id, String heading, String url, Long spaceId, Instant date, String author) {
            doc.addValue(type, kind.key());
            doc.addValue(sample, Integer.toString(sampleBucket(kind, id)));
            doc.addValue(this.heading, heading);
            doc.addValue(this.url, url);
            doc.addValue(this.spaceId, spaceId);
            if (spaceId != null) {
                doc.addValue(spaceFacet, spaceId.toString());
            }
            doc.addValue(this.date, date);
            if (author != null && !author.isBlank()) {
                doc.addValue(this.author, author);
            }
        }

        /** Whether the query (one id parameter) finds promotion provenance for this document. */
        void promoted(DocumentElement doc, TypeBridgeWriteContext context, String hql, long id) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            boolean found = !session.createSelectionQuery(hql, Long.class).setParameter("id", id)
                    .setHibernateFlushMode(FlushMode.MANUAL).setMaxResults(1).getResultList().isEmpty();
            doc.addValue(promoted, found ? "yes" : "no");
        }

        void title(DocumentElement doc, String text) {
            doc.addValue(title, text);
            doc.addValue(titleExact, text);
            doc.addValue(titleSuggest, text);
        }

        void body(DocumentElement doc, String text) {
            if (text == null || text.isEmpty()) {
                return;
            }
            doc.addValue(body, text);
            doc.addValue(bodyExact, text);
            doc.addValue(excerpt, excerptOf(text));
        }

        void tags(DocumentElement doc, Collection<String> values) {
            for (String tag : values) {
                doc.addValue(tags, tag);
            }
        }
    }

    /**
     * The sample bucket of a document: a well-mixed hash of its type and id, so that a bucket is a fair sample whatever
     * the order in which documents were written (ids in sequence, authors or boards taken in turn).
     */
    public static int sampleBucket(DocKind kind, long id) {
        long h = id * 0x9E3779B97F4A7C15L + kind.ordinal();
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) Math.floorMod(h, (long) SAMPLE_BUCKETS);
    }

    /** The opening of a text, whitespace collapsed, cut at a word boundary. */
    static String excerptOf(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
        return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + " …";
    }

    private record PageBridge(Fields fields) implements TypeBridge<Page> {
        @Override
        public void write(DocumentElement doc, Page page, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            Object[] current = session.createSelectionQuery(
                            "select r.markdown, r.authorName from Revision r where r.page.id = :page and r.number = :number",
                            Object[].class)
                    .setParameter("page", page.getId())
                    .setParameter("number", page.getCurrentRevision())
                    .setHibernateFlushMode(FlushMode.MANUAL)
                    .uniqueResultOptional()
                    .orElse(new Object[] {"", null});
            String space = page.getSpace().getSlug();
            fields.common(doc, DocKind.PAGE, page.getId(), page.getTitle(), "/s/" + space + "/wiki/" + page.getSlug(), page.getSpace().getId(),
                    page.getUpdatedAt(), (String) current[1]);
            fields.title(doc, page.getTitle());
            fields.body(doc, (String) current[0]);
            fields.tags(doc, page.getTags());
            fields.promoted(doc, context, PAGE_PROMOTED, page.getId());
        }
    }

    private record ThreadBridge(Fields fields) implements TypeBridge<ForumThread> {
        @Override
        public void write(DocumentElement doc, ForumThread thread, TypeBridgeWriteContext context) {
            Board board = thread.getBoard();
            fields.common(doc, DocKind.THREAD, thread.getId(), thread.getTitle(), "/t/" + thread.getId(), board.getSpace().getId(),
                    thread.getCreatedAt(), thread.getAuthorName());
            fields.title(doc, thread.getTitle());
            fields.board(doc, board);
            doc.addValue(fields.threadId, thread.getId());
            fields.promoted(doc, context, THREAD_PROMOTED, thread.getId());
        }
    }

    private record PostBridge(Fields fields) implements TypeBridge<Post> {
        @Override
        public void write(DocumentElement doc, Post post, TypeBridgeWriteContext context) {
            ForumThread thread = post.getThread();
            Board board = thread.getBoard();
            fields.common(doc, DocKind.POST, post.getId(), thread.getTitle(), "/t/" + thread.getId() + "#p" + post.getId(), board.getSpace().getId(),
                    post.getCreatedAt(), post.getAuthorName());
            doc.addValue(fields.context, thread.getTitle());
            doc.addValue(fields.contextExact, thread.getTitle());
            fields.body(doc, post.getMarkdown());
            fields.board(doc, board);
            doc.addValue(fields.threadId, thread.getId());
            fields.promoted(doc, context, POST_PROMOTED, post.getId());
        }
    }

    /** A phrasebook term: the term as title, its aliases as tags, the definition and explanation as body. */
    private record TermBridge(Fields fields) implements TypeBridge<Term> {
        @Override
        public void write(DocumentElement doc, Term term, TypeBridgeWriteContext context) {
            Long spaceId = term.getSpace() == null ? SITE_WIDE : term.getSpace().getId();
            fields.common(doc, DocKind.TERM, term.getId(), term.getTerm(), "/phrasebook/" + term.getSlug(), spaceId, term.getUpdatedAt(), null);
            fields.title(doc, term.getTerm());
            String explanation = term.getExplanation() == null ? "" : term.getExplanation();
            fields.body(doc, term.getDefinition() + (explanation.isBlank() ? "" : "\n\n" + explanation));
            fields.tags(doc, term.getAliases());
            doc.addValue(fields.promoted, "no");
        }
    }
}
