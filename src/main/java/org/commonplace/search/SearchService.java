package org.commonplace.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.Post;
import org.commonplace.markup.HtmlText;
import org.commonplace.search.SearchQuery.DateRange;
import org.commonplace.shared.ContentVersion;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceFilter;
import org.commonplace.space.Viewer;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.WikiService;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Full-text search. Every query, count, facet, snippet and suggestion is restricted inside the Lucene query to
 * the spaces {@link SpaceAccess} lets the viewer read, so nothing about an invite-only space reaches an
 * outsider.
 */
@ApplicationScoped
public class SearchService {

    public static final int SUGGEST_MAX = 8;
    public static final int SUGGEST_MAX_LENGTH = 100;
    public static final int SIMILAR_MAX = 5;

    /**
     * A search that matches more documents than this has its total and facets estimated from a sample (see
     * {@link #search(Viewer, SearchQuery, boolean, int)}).
     */
    static final int EXACT_UP_TO = 20_000;
    /** How many hits' stored fields are kept for the next search that shows them. */
    static final int KEPT_HITS = 1_000;
    /** The longest stored text of a hit that is kept (see {@link #document}). */
    static final int KEPT_HIT_MAX_CHARS = 10_000;
    /** About how many characters of text a snippet shows around the matches. */
    static final int SNIPPET_LENGTH = 220;

    /** At most this much memory for {@link #FILTERS}: dense sets take a bit per document, 130 KB per million. */
    static final long FILTERS_MAX_BYTES = 32L * 1024 * 1024;
    /**
     * The document sets of the filters searches use often (the readable spaces above all: one per audience), kept per
     * segment as Lucene's query cache keeps them, but also when the words of the search match far fewer documents than
     * the filter does. Lucene's default cache skips a filter that matches ten times more documents than the search's
     * leading clause, so the space filter, which matches nearly every document for most readers, was computed again for
     * every search from the index's points (3% of the CPU of a search on the benchmark's large data set); from the
     * cache it is a walk over a bit set. Segments under 10,000 documents are not cached (they are quick to search).
     */
    private static final LRUQueryCache FILTERS = new LRUQueryCache(256, FILTERS_MAX_BYTES,
            leaf -> leaf.reader().maxDoc() >= 10_000, Float.POSITIVE_INFINITY);

    private static final List<Class<?>> ALL = List.of(Page.class, ForumThread.class, Post.class, org.commonplace.phrasebook.Term.class);
    private static final Map<DocKind, Class<?>> ENTITY = Map.of(DocKind.PAGE, Page.class, DocKind.THREAD, ForumThread.class,
            DocKind.POST, Post.class, DocKind.TERM, org.commonplace.phrasebook.Term.class);

    @PersistenceContext
    EntityManager em;

    private volatile Analyzer searchAnalyzer;
    private final Recent<ShownHit, Document> shownHits = new Recent<>(KEPT_HITS);
    private volatile Stems stems;

    private final SearchCounts<CountsKey, SearchCounts.Counted> counts = new SearchCounts<>(System::currentTimeMillis);
    /**
     * How many board and author names are kept: one entry per name, so that a community's authors fit (the
     * benchmark's large data set has 5,000; with fewer kept, most searches looked some of them up again), for as long as
     * content does not change (a name changes only with content; with the counts' age limit of a minute, a tenth of the
     * searches on that data set looked names up again).
     */
    static final int KEPT_NAMES = 20_000;
    private final SearchCounts<Long, Optional<String>> boardNames = new SearchCounts<>(System::currentTimeMillis, KEPT_NAMES, Long.MAX_VALUE);
    private final SearchCounts<String, Optional<String>> usernames = new SearchCounts<>(System::currentTimeMillis, KEPT_NAMES, Long.MAX_VALUE);
    private final SearchCounts<Viewer, Map<Long, ReadableSpace>> readable = new SearchCounts<>(System::currentTimeMillis);

    /** The names facets show, looked up once and kept while content stays the same (as counts are). */
    private final Facets.Names names = new Facets.Names() {
        @Override
        public Map<Long, String> boards(Collection<Long> ids) {
            return kept(boardNames, "select b.id, b.name from Board b where b.id in :ids", ids);
        }

        @Override
        public Map<String, String> authors(Collection<String> keys) {
            return kept(usernames, "select a.usernameKey, a.username from Account a where a.usernameKey in :ids", keys);
        }
    };

    @Inject
    SpaceAccess access;

    @Inject
    Clock clock;

    @Inject
    WikiService wiki;

    /** A space the viewer may read: id, slug and name. */
    public record ReadableSpace(Long id, String slug, String name) {
    }

    /**
     * The spaces this viewer may read, by id, in name order. Kept per viewer (account and roles) while content stays the
     * same: a change to a space or a membership moves the content version, as any content change does.
     */
    @Transactional
    public Map<Long, ReadableSpace> readableSpaces(Viewer viewer) {
        long version = ContentVersion.current();
        Map<Long, ReadableSpace> kept = readable.get(viewer, version);
        if (kept != null) {
            return kept;
        }
        SpaceFilter filter = access.readable(viewer);
        List<Object[]> rows = filter.bind(em.createQuery(
                "select s.id, s.slug, s.name from Space s where " + filter.jpql("s") + " order by s.name", Object[].class))
                .getResultList();
        Map<Long, ReadableSpace> spaces = new LinkedHashMap<>();
        for (Object[] r : rows) {
            spaces.put((Long) r[0], new ReadableSpace((Long) r[0], (String) r[1], (String) r[2]));
        }
        Map<Long, ReadableSpace> result = Collections.unmodifiableMap(spaces);
        readable.put(viewer, version, result);
        return result;
    }

    /** Checks the text; an empty or over-long query is refused with a message a person understands. */
    public static QueryText understand(String q) {
        if (q != null && q.length() > QueryText.MAX_LENGTH) {
            throw new InvalidInputException("q", "A search has at most " + QueryText.MAX_LENGTH + " characters.");
        }
        QueryText text = QueryText.parse(q);
        if (text.isEmpty()) {
            throw new InvalidInputException("q", "Type one or more words to search for.");
        }
        return text;
    }

    @Transactional
    public org.commonplace.search.SearchResult search(Viewer viewer, SearchQuery query) {
        return search(viewer, query, false);
    }

    /** A search; {@code recount} counts the total and facets afresh instead of taking counts kept from a recent search. */
    @Transactional
    public org.commonplace.search.SearchResult search(Viewer viewer, SearchQuery query, boolean recount) {
        return search(viewer, query, recount, EXACT_UP_TO);
    }

    /**
     * A search whose total and facets are counted exactly when at most about {@code exactUpTo} documents match, and
     * estimated from a sample of one document in {@link SearchDocumentBinder#SAMPLE_BUCKETS} when more do (the
     * result says which). The page of hits is always the best-ranked of all matches.
     */
    @Transactional
    public org.commonplace.search.SearchResult search(Viewer viewer, SearchQuery query, boolean recount, int exactUpTo) {
        QueryText text = understand(query.q());
        if (!query.withinDepth()) {
            throw new InvalidInputException("page", "Search results go " + String.format(Locale.ROOT, "%,d", SearchQuery.MAX_DEPTH)
                    + " hits deep: add a word or choose a facet to narrow the search.");
        }
        Map<Long, ReadableSpace> spaces = readableSpaces(viewer);
        List<Class<?>> types = query.type() == null ? ALL
                : DocKind.of(query.type()).<List<Class<?>>>map(k -> List.of(ENTITY.get(k))).orElse(ALL);
        Analyzer analyzer = analyzer();
        Facets facets = new Facets(clock.instant());
        Query where = where(text, query, spaces, facets, analyzer);

        int offset = (query.page() - 1) * query.size();
        int wanted = offset + query.size();
        CountsKey countsKey = new CountsKey(query.q().strip(), types, query.space(), query.board(), query.author(), query.date(),
                query.promoted(), Set.copyOf(spaces.keySet()));
        long version = ContentVersion.current();
        List<SearchHit> hits = new ArrayList<>();
        SearchCounts.Counted counted = recount ? null : counts.get(countsKey, version);
        try (IndexReader reader = Search.session(em).scope(types).extension(LuceneExtension.get()).openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(FILTERS);
            // Rewritten once for all the passes below: each would otherwise look up every typo-tolerant word's
            // neighbours in every segment again.
            where = searcher.rewrite(where);
            TopDocs top = null;
            if (counted == null) {
                MatchEstimate estimate = MatchEstimate.of(reader, SearchQueries.requiredGroups(text, t -> Highlighter.words(analyzer,
                        SearchFields.BODY, t.text())), analyzer);
                Exact exact = null;
                boolean exceeds = false;
                if (!estimate.likelyExceeds(exactUpTo)) {
                    // Counted exactly in the pass that ranks the hits, stopped at the limit unless the index's statistics
                    // already rule out more matches.
                    exact = exact(searcher, where, wanted, facets, spaces, estimate.bound() <= exactUpTo ? Long.MAX_VALUE : exactUpTo);
                    exceeds = exact == null;
                }
                if (exact == null) {
                    counted = estimated(searcher, where, facets, spaces, exactUpTo, exceeds);
                    if (counted == null) {
                        exact = exact(searcher, where, wanted, facets, spaces, Long.MAX_VALUE);
                    }
                }
                if (exact != null) {
                    top = exact.top();
                    counted = exact.counted();
                }
                counts.put(countsKey, version, counted);
            }
            if (top == null) {
                // Total and facet counts are known (kept, or estimated): only the page of hits is needed, and Lucene may
                // stop scoring documents that cannot reach it instead of visiting every match.
                top = searcher.search(where, TopScoreDocCollector.createSharedManager(wanted, null, wanted));
            }
            Highlighter highlighter = new Highlighter(text, stems(analyzer), SearchFields.BODY_EXACT);
            StoredFields[] stored = new StoredFields[reader.leaves().size()];
            for (int i = offset; i < top.scoreDocs.length; i++) {
                hits.add(hit(document(reader, stored, top.scoreDocs[i].doc), spaces, highlighter));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new org.commonplace.search.SearchResult(text, counted.total(), counted.estimated(), hits,
                selected(counted.facets(), query), query.page(), query.size());
    }

    /** The best-ranked hits up to the page asked for, with the total and facet counts of all matches. */
    private record Exact(TopDocs top, SearchCounts.Counted counted) {
    }

    /**
     * One pass that ranks the hits and counts the total and facets; null when more than {@code limit} documents match,
     * found when the count passes it (the pass stops there).
     */
    private Exact exact(IndexSearcher searcher, Query where, int wanted, Facets facets, Map<Long, ReadableSpace> spaces, long limit)
            throws IOException {
        Object[] both;
        try {
            both = searcher.search(where, new MultiCollectorManager(
                    TopScoreDocCollector.createSharedManager(wanted, null, Integer.MAX_VALUE), facets.counter(limit)));
        } catch (RuntimeException e) {
            if (FacetCounter.LimitReached.in(e)) {
                return null;
            }
            throw e;
        }
        FacetCounter.Counts found = (FacetCounter.Counts) both[1];
        return new Exact((TopDocs) both[0], new SearchCounts.Counted(found.total(), facets.read(found, 1, spaces, names), false));
    }

    /**
     * The counts of a search that matches more than about {@code exactUpTo} documents, estimated from the matches in one
     * sample bucket: counting a word found in half of a million posts visits every match for every facet; the sample
     * visits one in {@link SearchDocumentBinder#SAMPLE_BUCKETS}, and the counts say they are estimates. Null when the
     * sample says that few enough match to count them exactly, unless an exact count already passed {@code exactUpTo}
     * ({@code exceeds}), in which case the estimated total is at least that.
     */
    private SearchCounts.Counted estimated(IndexSearcher searcher, Query where, Facets facets, Map<Long, ReadableSpace> spaces,
            int exactUpTo, boolean exceeds) throws IOException {
        Query sampled = new BooleanQuery.Builder().add(where, Occur.MUST)
                .add(new TermQuery(new org.apache.lucene.index.Term(SearchFields.SAMPLE, SearchDocumentBinder.SAMPLE_COUNTED)), Occur.FILTER)
                .build();
        FacetCounter.Counts sample = searcher.search(sampled, facets.sampleCounter());
        long scale = SearchDocumentBinder.SAMPLE_BUCKETS;
        if (!exceeds && sample.total() * scale <= exactUpTo) {
            return null;
        }
        long total = Facets.scaled(sample.total(), scale);
        return new SearchCounts.Counted(exceeds ? Math.max(total, exactUpTo) : total, facets.read(sample, scale, spaces, names), true);
    }

    /** The whole query: the typed words, restricted to readable spaces and to the facet values chosen. */
    private static Query where(QueryText text, SearchQuery query, Map<Long, ReadableSpace> spaces, Facets facets, Analyzer analyzer) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        bool.add(SearchQueries.userQuery(text, analyzer), Occur.MUST);
        bool.add(SearchQueries.readable(withSiteWide(spaces.keySet())), Occur.FILTER);
        if (query.space() != null) {
            Long id = spaces.values().stream().filter(s -> s.slug().equals(query.space())).map(ReadableSpace::id)
                    .findFirst().orElse(-1L);
            bool.add(SearchQueries.exact(SearchFields.SPACE_ID, id), Occur.FILTER);
        }
        if (query.board() != null) {
            bool.add(SearchQueries.exact(SearchFields.BOARD_ID, query.board()), Occur.FILTER);
        }
        if (query.author() != null) {
            bool.add(SearchQueries.keyword(analyzer, SearchFields.AUTHOR, query.author()), Occur.FILTER);
        }
        DateRange.of(query.date()).ifPresent(r -> bool.add(facets.filter(r), Occur.FILTER));
        if (query.promoted() != null) {
            bool.add(new TermQuery(new org.apache.lucene.index.Term(SearchFields.PROMOTED, query.promoted())), Occur.FILTER);
        }
        return bool.build();
    }

    /** Which facet values the query has chosen, marked (the counts themselves do not depend on it). */
    private static Map<String, List<FacetValue>> selected(Map<String, List<FacetValue>> facets, SearchQuery query) {
        Map<String, String> chosen = new HashMap<>();
        chosen.put("type", query.type());
        chosen.put("space", query.space());
        chosen.put("board", query.board() == null ? null : query.board().toString());
        chosen.put("author", query.author() == null ? null : query.author().toLowerCase(Locale.ROOT));
        chosen.put("date", query.date());
        chosen.put("promoted", query.promoted());
        Map<String, List<FacetValue>> marked = new LinkedHashMap<>();
        facets.forEach((name, values) -> marked.put(name, values.stream()
                .map(v -> new FacetValue(v.key(), v.label(), v.count(), v.key().equals(chosen.get(name)))).toList()));
        return marked;
    }

    /**
     * The names of these ids that have one: those kept, and the others read with {@code jpql} (which takes {@code :ids})
     * and kept, found or not (an empty name: the authors of imported posts have no account, and are not looked up again).
     */
    private <K> Map<K, String> kept(SearchCounts<K, Optional<String>> kept, String jpql, Collection<K> ids) {
        long version = ContentVersion.current();
        Map<K, String> found = new HashMap<>();
        List<K> missing = new ArrayList<>();
        for (K id : ids) {
            Optional<String> name = kept.get(id, version);
            if (name == null) {
                missing.add(id);
            } else {
                name.ifPresent(n -> found.put(id, n));
            }
        }
        if (!missing.isEmpty()) {
            for (Object[] r : em.createQuery(jpql, Object[].class).setParameter("ids", missing).getResultList()) {
                @SuppressWarnings("unchecked")
                K key = (K) r[0];
                found.put(key, (String) r[1]);
            }
            for (K id : missing) {
                kept.put(id, version, Optional.ofNullable(found.get(id)));
            }
        }
        return found;
    }

    /** What decides a search's total and facet counts: the query, its filters and the spaces the reader may read. */
    record CountsKey(String q, List<Class<?>> types, String space, Long board, String author, String date, String promoted,
            Set<Long> readable) {
    }

    /**
     * A hit's stored fields: those of the {@value #KEPT_HITS} documents shown last are kept, by segment and document
     * (as Solr's document cache does), since popular searches show the same hits again and reading one document means
     * decompressing its block of the segment's stored fields (a tenth of a search's CPU time over 20 hits). A segment
     * never changes, so a kept document is what the segment holds; a changed page or post is a new document. A text
     * longer than {@value #KEPT_HIT_MAX_CHARS} characters is read each time, so the kept hits stay within a few
     * megabytes.
     *
     * <p>{@code stored} holds one stored-fields reader per segment for the whole page of hits: each reader Lucene hands
     * out brings its own decompression buffers (tens of kilobytes), so one per hit made the stored fields the largest
     * source of garbage of a search.
     */
    private Document document(IndexReader reader, StoredFields[] stored, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = ReaderUtil.subIndex(doc, leaves);
        LeafReaderContext leaf = leaves.get(leafIndex);
        int inLeaf = doc - leaf.docBase;
        IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
        ShownHit key = segment == null ? null : new ShownHit(segment.getKey(), inLeaf);
        Document kept = key == null ? null : shownHits.kept(key);
        if (kept != null) {
            return kept;
        }
        if (stored[leafIndex] == null) {
            stored[leafIndex] = leaf.reader().storedFields();
        }
        Document read = stored[leafIndex].document(inLeaf, HIT_FIELDS);
        String body = read.get(SearchFields.BODY);
        if (key != null && (body == null || body.length() <= KEPT_HIT_MAX_CHARS)) {
            shownHits.keep(key, read);
        }
        return read;
    }

    /** A document of one segment. */
    private record ShownHit(IndexReader.CacheKey segment, int doc) {
    }

    /** The stored fields a hit shows (Hibernate Search's Lucene backend stores them under the field names). */
    private static final Set<String> HIT_FIELDS = Set.of(SearchFields.TYPE, SearchFields.HEADING, SearchFields.URL,
            SearchFields.SPACE_ID, SearchFields.DATE, SearchFields.AUTHOR, SearchFields.EXCERPT, SearchFields.BODY);

    private static SearchHit hit(Document doc, Map<Long, ReadableSpace> spaces, Highlighter highlighter) {
        DocKind type = DocKind.of(doc.get(SearchFields.TYPE)).orElseThrow();
        String heading = doc.get(SearchFields.HEADING);
        IndexableField spaceId = doc.getField(SearchFields.SPACE_ID);
        ReadableSpace space = spaceId == null ? null : spaces.get(spaceId.numericValue().longValue());
        String titleHtml = highlighter.mark(heading);
        if (titleHtml == null) {
            titleHtml = HtmlText.escape(heading);
        }
        String snippet = highlighter.snippet(doc.get(SearchFields.BODY), SNIPPET_LENGTH);
        if (snippet == null) {
            String excerpt = doc.get(SearchFields.EXCERPT);
            snippet = excerpt == null ? "" : HtmlText.escape(excerpt);
        }
        // Dates are stored as ISO-8601 text (Hibernate Search's form for an Instant).
        String date = doc.get(SearchFields.DATE);
        return new SearchHit(type, heading, titleHtml, doc.get(SearchFields.URL), snippet, space == null ? null : space.slug(),
                space == null ? null : space.name(), date == null ? null : Instant.parse(date), doc.get(SearchFields.AUTHOR));
    }

    /** The index's search analyzer, which picks each field's analysis by name (the same for every entity's index). */
    private Analyzer analyzer() {
        Analyzer a = searchAnalyzer;
        if (a == null) {
            a = Search.mapping(em.getEntityManagerFactory()).indexedEntity(Post.class).indexManager()
                    .unwrap(LuceneIndexManager.class).searchAnalyzer();
            searchAnalyzer = a;
        }
        return a;
    }

    /** The forms of words in bodies, kept for the snippets (one set for the index's analyzer). */
    private Stems stems(Analyzer analyzer) {
        Stems kept = stems;
        if (kept == null || kept.analyzer() != analyzer) {
            kept = new Stems(analyzer, SearchFields.BODY);
            stems = kept;
        }
        return kept;
    }

    /** The readable spaces plus the site-wide pseudo-space of phrasebook terms that belong to no space. */
    private static Set<Long> withSiteWide(Set<Long> spaceIds) {
        Set<Long> ids = new java.util.HashSet<>(spaceIds);
        ids.add(SearchDocumentBinder.SITE_WIDE);
        return ids;
    }

    /** The filter that keeps only documents of spaces the viewer may read, for a Hibernate Search query. */
    private static SearchPredicate readable(SearchPredicateFactory f, Set<Long> spaceIds) {
        return f.extension(LuceneExtension.get()).fromLuceneQuery(SearchQueries.readable(spaceIds)).toPredicate();
    }

    /** Titles of pages and threads the viewer may read that start with the typed words (each word a prefix). */
    @Transactional
    public List<Suggestion> suggest(Viewer viewer, String prefix) {
        if (prefix == null || prefix.isBlank() || !QueryText.searchable(prefix)) {
            return List.of();
        }
        String text = prefix.length() > SUGGEST_MAX_LENGTH ? prefix.substring(0, SUGGEST_MAX_LENGTH) : prefix;
        Map<Long, ReadableSpace> spaces = readableSpaces(viewer);
        List<List<?>> rows = Search.session(em).search(List.of(Page.class, ForumThread.class))
                .select(f -> f.composite().from(f.field(SearchFields.TYPE, String.class), f.field(SearchFields.HEADING, String.class),
                        f.field(SearchFields.URL, String.class), f.field(SearchFields.SPACE_ID, Long.class)).asList())
                .where(f -> f.bool()
                        .must(f.match().field(SearchFields.TITLE_SUGGEST).matching(text).minimumShouldMatchPercent(100))
                        .filter(readable(f, spaces.keySet())))
                .fetchHits(SUGGEST_MAX);
        return rows.stream().map(r -> suggestion(r, spaces)).toList();
    }

    private static Suggestion suggestion(List<?> r, Map<Long, ReadableSpace> spaces) {
        ReadableSpace space = spaces.get((Long) r.get(3));
        return new Suggestion((String) r.get(0), (String) r.get(1), (String) r.get(2), space == null ? null : space.name());
    }

    /**
     * Threads that talk about the same things as the given text (more-like-this over thread titles and post
     * bodies), best first, one entry per thread, leaving out {@code excludeThreadIds}.
     */
    @Transactional
    public List<Suggestion> similarThreads(Viewer viewer, String text, Collection<Long> excludeThreadIds) {
        if (text == null || !QueryText.searchable(text)) {
            return List.of();
        }
        String like = text.length() > QueryText.MAX_LENGTH ? text.substring(0, QueryText.MAX_LENGTH) : text;
        Map<Long, ReadableSpace> spaces = readableSpaces(viewer);
        List<List<?>> rows = Search.session(em).search(List.of(ForumThread.class, Post.class))
                .select(f -> f.composite().from(f.field(SearchFields.THREAD_ID, Long.class), f.field(SearchFields.HEADING, String.class),
                        f.field(SearchFields.SPACE_ID, Long.class)).asList())
                .where(f -> {
                    BooleanPredicateClausesStep<?> bool = f.bool()
                            .must(f.simpleQueryString().field(SearchFields.TITLE).boost(SearchQueries.TITLE_BOOST).field(SearchFields.CONTEXT)
                                    .boost(SearchQueries.CONTEXT_BOOST).field(SearchFields.BODY).matching(QueryText.plainWords(like))
                                    .defaultOperator(BooleanOperator.OR))
                            .filter(readable(f, spaces.keySet()));
                    if (!excludeThreadIds.isEmpty()) {
                        bool.mustNot(f.terms().field(SearchFields.THREAD_ID).matchingAny(excludeThreadIds));
                    }
                    return bool;
                })
                .fetchHits(SIMILAR_MAX * 6);
        Set<Long> seen = new LinkedHashSet<>();
        List<Suggestion> similar = new ArrayList<>();
        for (List<?> r : rows) {
            Long threadId = (Long) r.get(0);
            if (seen.add(threadId) && similar.size() < SIMILAR_MAX) {
                ReadableSpace space = spaces.get((Long) r.get(2));
                similar.add(new Suggestion(DocKind.THREAD.key(), (String) r.get(1), "/t/" + threadId,
                        space == null ? null : space.name()));
            }
        }
        return similar;
    }

    /** Discussions related to a wiki page: threads similar to its title and tags, without its own discussion thread. */
    @Transactional
    public List<Suggestion> relatedDiscussions(Viewer viewer, String spaceSlug, String pageSlug) {
        Optional<Page> found = wiki.find(viewer, spaceSlug, pageSlug);
        if (found.isEmpty()) {
            return List.of();
        }
        Page page = found.get();
        List<Long> own = em.createQuery("select t.id from ForumThread t where t.pageId = :page", Long.class)
                .setParameter("page", page.getId()).getResultList();
        String text = page.getTitle() + " " + String.join(" ", page.getTags());
        return similarThreads(viewer, text, own);
    }

    /** Documents in the index per type, whatever their space (for the index guard and readiness). */
    @Transactional
    public Map<DocKind, Long> indexCounts() {
        Map<DocKind, Long> counts = new LinkedHashMap<>();
        SearchSession session = Search.session(em);
        for (DocKind kind : DocKind.values()) {
            counts.put(kind, session.search(ENTITY.get(kind)).where(f -> f.matchAll()).fetchTotalHitCount());
        }
        return counts;
    }

    /** What the index should hold per type, counted in the database. */
    @Transactional
    public Map<DocKind, Long> databaseCounts() {
        Map<DocKind, Long> counts = new LinkedHashMap<>();
        counts.put(DocKind.PAGE, em.createQuery("select count(p) from Page p where p.deleted = false", Long.class).getSingleResult());
        counts.put(DocKind.THREAD, em.createQuery("select count(t) from ForumThread t", Long.class).getSingleResult());
        counts.put(DocKind.TERM, em.createQuery("select count(t) from Term t", Long.class).getSingleResult());
        counts.put(DocKind.POST, em.createQuery("select count(p) from Post p where p.deleted = false and p.hiddenReason is null",
                Long.class).getSingleResult());
        return counts;
    }
}
