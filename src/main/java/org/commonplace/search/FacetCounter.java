package org.commonplace.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * Counts the matches of a search per value of the facets' fields, in the same pass over the matches that ranks the
 * hits ({@link SearchService} pairs it with Lucene's top-documents collector).
 *
 * <p>Why not Hibernate Search's aggregations or Lucene's facet module: both work through ordinals global to the index,
 * which are merged from every segment's values for each reader (a reader lives until the next write), and Hibernate
 * Search's counters treat every field as multi-valued (a hash set cleared for every document and facet). Here every
 * value of a field gets a number once, in a {@link Dictionary} kept for the application's life, and each segment maps
 * its own ordinals to those numbers once, when first searched (segments never change; the map goes when the segment
 * does). Counting a match is then one doc-values read and one array increment per facet, and no value is looked up
 * until the few shown are chosen.
 *
 * <p>The keyword fields are read from their sorted-set doc values ({@code Aggregable.YES} string fields), the date from
 * its sorted-numeric doc values (epoch milliseconds), as Hibernate Search's Lucene backend writes them. Hibernate Search
 * replaces a changed document instead of updating its doc values in place, so a segment's values are fixed for its life.
 */
final class FacetCounter implements Collector {

    /** The keyword fields counted per value. */
    static final List<String> KEYWORDS = List.of(SearchFields.TYPE, SearchFields.SPACE_FACET, SearchFields.BOARD_FACET,
            SearchFields.AUTHOR, SearchFields.PROMOTED);

    private static final Map<String, Dictionary> DICTIONARIES = KEYWORDS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(field -> field, Dictionary::new));

    /** The counts of a search: matches in all, per value of each keyword field, and per date range (in order). */
    static final class Counts {
        private final long total;
        private final Map<String, long[]> keywords;
        private final long[] dates;

        private Counts(long total, Map<String, long[]> keywords, long[] dates) {
            this.total = total;
            this.keywords = keywords;
            this.dates = dates;
        }

        long total() {
            return total;
        }

        /** The matches per date range, in the order of the ranges counted. */
        long[] dates() {
            return dates.clone();
        }

        /** The {@code max} most frequent values of this field with their counts, most frequent first (ties by value). */
        Map<String, Long> top(String field, int max) {
            long[] counts = keywords.get(field);
            Dictionary dictionary = DICTIONARIES.get(field);
            long least = least(counts, max);
            // Every value counted more than the least kept is kept; of those counted as often as the least, the first by
            // value fill the places left. Only those few values are looked up.
            List<Integer> best = new ArrayList<>();
            List<Integer> tied = new ArrayList<>();
            for (int n = 0; n < counts.length; n++) {
                if (counts[n] > least) {
                    best.add(n);
                } else if (counts[n] == least) {
                    tied.add(n);
                }
            }
            // Of thousands of values counted once (the authors of a common word), only the few places left are filled.
            best.addAll(dictionary.firstByValue(tied, Math.max(0, max - best.size())));
            Map<Integer, String> values = dictionary.values(best);
            best.sort(Comparator.<Integer>comparingLong(n -> counts[n]).reversed().thenComparing(values::get));
            Map<String, Long> top = new LinkedHashMap<>();
            for (int n : best) {
                top.put(values.get(n), counts[n]);
            }
            return top;
        }

        /** The least count among the {@code max} greatest (ties counted apart), or 1 when fewer values than that were counted. */
        private static long least(long[] counts, int max) {
            if (max <= 0) {
                return Long.MAX_VALUE;
            }
            // A heap of the greatest counts so far, least first, in a plain array: no values boxed, no names compared.
            long[] heap = new long[Math.min(max, counts.length) + 1];
            int size = 0;
            for (long c : counts) {
                if (c <= 0) {
                    continue;
                }
                if (size < heap.length - 1) {
                    heap[++size] = c;
                    for (int i = size; i > 1 && heap[i] < heap[i / 2]; i /= 2) {
                        long t = heap[i];
                        heap[i] = heap[i / 2];
                        heap[i / 2] = t;
                    }
                } else if (c > heap[1]) {
                    heap[1] = c;
                    for (int i = 1; 2 * i <= size;) {
                        int child = 2 * i + 1 <= size && heap[2 * i + 1] < heap[2 * i] ? 2 * i + 1 : 2 * i;
                        if (heap[child] >= heap[i]) {
                            break;
                        }
                        long t = heap[i];
                        heap[i] = heap[child];
                        heap[child] = t;
                        i = child;
                    }
                }
            }
            return size < max ? 1 : heap[1];
        }
    }

    /**
     * Every value a keyword field has had in any segment, numbered in the order first seen, and for each segment the
     * number of each of its ordinals. Thread-safe.
     */
    static final class Dictionary {
        private final String field;
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private final Map<IndexReader.CacheKey, int[]> segments = new ConcurrentHashMap<>();

        Dictionary(String field) {
            this.field = field;
        }

        /** The values of these numbers, by number. */
        synchronized Map<Integer, String> values(Collection<Integer> numbers) {
            Map<Integer, String> found = new HashMap<>();
            for (int n : numbers) {
                found.put(n, values.get(n));
            }
            return found;
        }

        /** The {@code n} of these numbers whose values come first in text order, in that order. */
        synchronized List<Integer> firstByValue(Collection<Integer> numbers, int n) {
            if (n <= 0) {
                return List.of();
            }
            // A heap of the n first so far, the last of them on top: one comparison for most numbers, no map, no full sort.
            Comparator<Integer> byValue = Comparator.comparing(values::get);
            PriorityQueue<Integer> first = new PriorityQueue<>(Math.min(n, numbers.size()) + 1, byValue.reversed());
            for (int number : numbers) {
                if (first.size() < n) {
                    first.add(number);
                } else if (byValue.compare(number, first.peek()) < 0) {
                    first.poll();
                    first.add(number);
                }
            }
            List<Integer> ordered = new ArrayList<>(first);
            ordered.sort(byValue);
            return ordered;
        }

        synchronized int size() {
            return values.size();
        }

        private synchronized int number(BytesRef value) {
            String text = value.utf8ToString();
            Integer known = numbers.get(text);
            if (known != null) {
                return known;
            }
            values.add(text);
            numbers.put(text, values.size() - 1);
            return values.size() - 1;
        }

        /** The numbers of this segment's ordinals, built the first time the segment is searched. */
        int[] numbers(LeafReader reader) throws IOException {
            return perSegment(segments, reader, this::numbersOf);
        }

        private int[] numbersOf(LeafReader reader) throws IOException {
            // Its own instance of the doc values: the collector's walks documents, this one walks the values in order.
            SortedSetDocValues docValues = DocValues.getSortedSet(reader, field);
            int[] numbers = new int[(int) docValues.getValueCount()];
            TermsEnum values = docValues.termsEnum();
            for (int ord = 0; values.next() != null; ord++) {
                numbers[ord] = number(values.term());
            }
            return numbers;
        }
    }

    /**
     * Thrown out of a search when its matches pass the counter's limit, which stops the search there. Without a stack
     * trace: it is how a search learns that it has too many matches to count, not an error.
     */
    static final class LimitReached extends RuntimeException {
        private LimitReached() {
            super("more matches than the limit", null, false, false);
        }

        /** Whether this exception, or one it was wrapped in on the way out of a search, is a {@link LimitReached}. */
        static boolean in(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof LimitReached) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Inclusive bounds of the date ranges, in epoch milliseconds: from, to, from, to... */
    private final long[] ranges;
    /** The most matches counted: one more stops the search with {@link LimitReached}. */
    private final long limit;
    /** Whether the matches are those of the sample bucket only ({@link Rows} keeps their values apart). */
    private final boolean sampled;
    private final Map<String, long[]> keywords = new LinkedHashMap<>();
    private final long[] dates;
    private long total;

    /**
     * {@code ranges}: inclusive from and to of each date range, in epoch milliseconds, one after the other; {@code limit}:
     * the most matches counted before the search is stopped with {@link LimitReached}; {@code sampled}: the search only
     * matches documents of the sample bucket {@link SearchDocumentBinder#SAMPLE_COUNTED}.
     */
    FacetCounter(long[] ranges, long limit, boolean sampled) {
        this.ranges = ranges.clone();
        this.limit = limit;
        this.sampled = sampled;
        this.dates = new long[ranges.length / 2];
        for (String field : KEYWORDS) {
            keywords.put(field, new long[DICTIONARIES.get(field).size()]);
        }
    }

    /** A manager for {@link org.apache.lucene.search.IndexSearcher#search(org.apache.lucene.search.Query, CollectorManager)}. */
    static CollectorManager<FacetCounter, Counts> manager(long[] ranges, long limit, boolean sampled) {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(ranges, limit, sampled);
            }

            @Override
            public Counts reduce(Collection<FacetCounter> collectors) {
                if (collectors.size() == 1) {
                    FacetCounter only = collectors.iterator().next();
                    return new Counts(only.total, only.keywords, only.dates);
                }
                FacetCounter all = new FacetCounter(ranges, limit, sampled);
                for (FacetCounter c : collectors) {
                    all.total += c.total;
                    for (int i = 0; i < all.dates.length; i++) {
                        all.dates[i] += c.dates[i];
                    }
                    c.keywords.forEach((field, counts) -> {
                        long[] into = all.grown(field, counts.length);
                        for (int n = 0; n < counts.length; n++) {
                            into[n] += counts[n];
                        }
                    });
                }
                return new Counts(all.total, all.keywords, all.dates);
            }
        };
    }

    /** The counts of this field, grown to hold at least {@code size} numbers. */
    private long[] grown(String field, int size) {
        long[] counts = keywords.get(field);
        if (counts.length < size) {
            counts = Arrays.copyOf(counts, size);
            keywords.put(field, counts);
        }
        return counts;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        Rows rows = Rows.of(context.reader());
        if (rows != null) {
            return rows.collector(this, sampled);
        }
        List<Keyword> fields = new ArrayList<>(KEYWORDS.size());
        for (String field : KEYWORDS) {
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
            if (values.getValueCount() > 0) {
                Dictionary dictionary = DICTIONARIES.get(field);
                int[] numbers = dictionary.numbers(context.reader());
                // Every number of this segment was given before the dictionary's present size.
                fields.add(new Keyword(values, DocValues.unwrapSingleton(values), numbers, grown(field, dictionary.size())));
            }
        }
        Keyword[] keywordFields = fields.toArray(Keyword[]::new);
        SortedNumericDocValues date = DocValues.getSortedNumeric(context.reader(), SearchFields.DATE);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                if (++total > limit) {
                    throw new LimitReached();
                }
                for (Keyword k : keywordFields) {
                    k.collect(doc);
                }
                if (date.advanceExact(doc)) {
                    for (int v = date.docValueCount(); v > 0; v--) {
                        countDate(date.nextValue());
                    }
                }
            }
        };
    }

    /** What is built from a segment once. */
    private interface SegmentBuilder<T> {
        T build(LeafReader reader) throws IOException;
    }

    /**
     * What {@code builder} makes of this segment, built the first time the segment is searched and kept in {@code kept}
     * until the segment closes (segments never change); built every time for a reader that cannot say when it closes.
     */
    private static <T> T perSegment(Map<IndexReader.CacheKey, T> kept, LeafReader reader, SegmentBuilder<T> builder) throws IOException {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        if (cache == null) {
            return builder.build(reader);
        }
        T known = kept.get(cache.getKey());
        if (known == null) {
            known = builder.build(reader);
            if (kept.putIfAbsent(cache.getKey(), known) == null) {
                cache.addClosedListener(kept::remove);
            }
        }
        return known;
    }

    /** Counts one match's date in the ranges it falls in. */
    private void countDate(long millis) {
        for (int r = 0; r < dates.length; r++) {
            if (millis >= ranges[2 * r] && millis <= ranges[2 * r + 1]) {
                dates[r]++;
            }
        }
    }

    /**
     * The facet values of every document of one segment, packed into two numbers per document: the keyword fields' value
     * numbers side by side in the first, the date in the second. Counting a match then reads one place in memory instead
     * of one doc-values structure per field, each a random read into the index files: measured on the benchmark's large
     * data set, those reads were most of the time of counting a sample (matches one in 64 documents apart, so every
     * read missed the processor's caches).
     *
     * <p>The documents of the sample bucket have their rows copied side by side as well, in document order, so that a
     * sample's matches (one document in 64) read nearby memory instead of one place every kilobyte.
     *
     * <p>Built once per segment, the first time it is searched, and dropped with it: 16 bytes per document and a 64th of
     * that again (17 MB for the large data set's 1.1 million documents). A segment whose values do not fit (a field with
     * several values in one document, or more distinct values than 63 bits can number side by side) is counted from its
     * doc values instead.
     */
    static final class Rows {
        /** How many matches are counted together (see {@link #collector}). */
        static final int BATCH = 128;
        private static final long NO_DATE = Long.MIN_VALUE;
        private static final Rows UNPACKABLE = new Rows(new long[0], new int[0], new long[0], new int[0], new long[0]);
        private static final Map<IndexReader.CacheKey, Rows> SEGMENTS = new ConcurrentHashMap<>();

        /** Two numbers per document: its keyword values (each value's number plus one, 0 for none), its date. */
        private final long[] rows;
        /** Per keyword field (in {@link #KEYWORDS} order): where its value number starts in a row, and its mask (0: absent). */
        private final int[] shifts;
        private final long[] masks;
        /** The documents of the sample bucket, in order, and their rows, side by side in that order. */
        private final int[] sampleDocs;
        private final long[] sampleRows;

        private Rows(long[] rows, int[] shifts, long[] masks, int[] sampleDocs, long[] sampleRows) {
            this.rows = rows;
            this.shifts = shifts;
            this.masks = masks;
            this.sampleDocs = sampleDocs;
            this.sampleRows = sampleRows;
        }

        /** The rows of this segment, built on first use; null when its values cannot be packed. */
        static Rows of(LeafReader reader) throws IOException {
            Rows rows = perSegment(SEGMENTS, reader, Rows::build);
            return rows == UNPACKABLE ? null : rows;
        }

        private static Rows build(LeafReader reader) throws IOException {
            int fields = KEYWORDS.size();
            int[] shifts = new int[fields];
            long[] masks = new long[fields];
            SortedDocValues[] values = new SortedDocValues[fields];
            int[][] numbers = new int[fields][];
            int used = 0;
            for (int f = 0; f < fields; f++) {
                SortedSetDocValues all = DocValues.getSortedSet(reader, KEYWORDS.get(f));
                if (all.getValueCount() == 0) {
                    continue;
                }
                values[f] = DocValues.unwrapSingleton(all);
                if (values[f] == null) {
                    return UNPACKABLE;
                }
                numbers[f] = DICTIONARIES.get(KEYWORDS.get(f)).numbers(reader);
                int greatest = Arrays.stream(numbers[f]).max().orElse(0);
                int bits = 64 - Long.numberOfLeadingZeros(greatest + 1L);
                if (used + bits > 63) {
                    return UNPACKABLE;
                }
                shifts[f] = used;
                masks[f] = (1L << bits) - 1;
                used += bits;
            }
            NumericDocValues date = DocValues.unwrapSingleton(DocValues.getSortedNumeric(reader, SearchFields.DATE));
            if (date == null) {
                return UNPACKABLE;
            }
            long[] rows = new long[2 * reader.maxDoc()];
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                rows[2 * doc + 1] = NO_DATE;
            }
            for (int f = 0; f < fields; f++) {
                if (values[f] != null) {
                    for (int doc = values[f].nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values[f].nextDoc()) {
                        rows[2 * doc] |= (numbers[f][values[f].ordValue()] + 1L) << shifts[f];
                    }
                }
            }
            for (int doc = date.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = date.nextDoc()) {
                rows[2 * doc + 1] = date.longValue();
            }
            int[] sampleDocs = sampleDocs(reader);
            long[] sampleRows = new long[2 * sampleDocs.length];
            for (int i = 0; i < sampleDocs.length; i++) {
                System.arraycopy(rows, 2 * sampleDocs[i], sampleRows, 2 * i, 2);
            }
            return new Rows(rows, shifts, masks, sampleDocs, sampleRows);
        }

        /** The documents of the segment in the sample bucket, in order. */
        private static int[] sampleDocs(LeafReader reader) throws IOException {
            PostingsEnum postings = reader.postings(new Term(SearchFields.SAMPLE, SearchDocumentBinder.SAMPLE_COUNTED), PostingsEnum.NONE);
            if (postings == null) {
                return new int[0];
            }
            int[] docs = new int[Math.max(16, reader.maxDoc() / SearchDocumentBinder.SAMPLE_BUCKETS)];
            int n = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (n == docs.length) {
                    docs = Arrays.copyOf(docs, 2 * n);
                }
                docs[n++] = doc;
            }
            return Arrays.copyOf(docs, n);
        }

        /**
         * Counts the matches of this segment into {@code counter}; {@code sampled}: they are documents of the sample
         * bucket, read from its rows (any other document from the segment's rows).
         *
         * <p>Matches are counted {@value #BATCH} at a time (and the rest when the segment is done): their rows are first
         * read into a small buffer, in a loop that does nothing else, then counted from there. A match's row is a random
         * place in megabytes of rows, most often out of the processor's caches; read one by one between the steps of the
         * search, each read waited for memory, while a loop of reads lets the processor fetch many rows at once (the
         * rows' reads were 8% of the CPU of a search on the benchmark's large data set).
         */
        LeafCollector collector(FacetCounter counter, boolean sampled) {
            int fields = KEYWORDS.size();
            long[][] counts = new long[fields][];
            for (int f = 0; f < fields; f++) {
                if (masks[f] != 0) {
                    // Every number in these rows was given before the dictionary's present size.
                    counts[f] = counter.grown(KEYWORDS.get(f), DICTIONARIES.get(KEYWORDS.get(f)).size());
                }
            }
            return new LeafCollector() {
                /** Where the last sampled document was found in {@link #sampleDocs}: matches come in document order. */
                private int cursor;
                /** The matches not counted yet, in document order. */
                private final int[] pending = new int[BATCH];
                private int size;
                private final long[] keys = new long[BATCH];
                private final long[] dates = new long[BATCH];

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    if (++counter.total > counter.limit) {
                        throw new LimitReached();
                    }
                    pending[size++] = doc;
                    if (size == BATCH) {
                        count();
                    }
                }

                @Override
                public void finish() {
                    count();
                }

                /** Counts the pending matches: their rows read first, one after the other, then their values counted. */
                private void count() {
                    for (int i = 0; i < size; i++) {
                        int doc = pending[i];
                        long[] source = rows;
                        int at = doc;
                        if (sampled) {
                            int slot = sampleSlot(doc);
                            if (slot >= 0) {
                                source = sampleRows;
                                at = slot;
                            }
                        }
                        keys[i] = source[2 * at];
                        dates[i] = source[2 * at + 1];
                    }
                    for (int i = 0; i < size; i++) {
                        long row = keys[i];
                        for (int f = 0; f < fields; f++) {
                            long value = (row >>> shifts[f]) & masks[f];
                            if (value != 0) {
                                counts[f][(int) value - 1]++;
                            }
                        }
                        if (dates[i] != NO_DATE) {
                            counter.countDate(dates[i]);
                        }
                    }
                    size = 0;
                }

                /** The place of a document in the sample bucket's rows, or -1. */
                private int sampleSlot(int doc) {
                    if (cursor >= sampleDocs.length || sampleDocs[cursor] > doc) {
                        int found = Arrays.binarySearch(sampleDocs, doc);
                        cursor = found >= 0 ? found : -found - 1;
                    }
                    while (cursor < sampleDocs.length && sampleDocs[cursor] < doc) {
                        cursor++;
                    }
                    return cursor < sampleDocs.length && sampleDocs[cursor] == doc ? cursor : -1;
                }
            };
        }
    }

    /** One keyword field of one segment: its doc values (single-valued when Lucene says so), its ordinals' numbers, the counts. */
    private record Keyword(SortedSetDocValues values, SortedDocValues single, int[] numbers, long[] counts) {

        void collect(int doc) throws IOException {
            if (single != null) {
                if (single.advanceExact(doc)) {
                    counts[numbers[single.ordValue()]]++;
                }
            } else if (values.advanceExact(doc)) {
                for (int v = values.docValueCount(); v > 0; v--) {
                    counts[numbers[(int) values.nextOrd()]]++;
                }
            }
        }
    }
}
