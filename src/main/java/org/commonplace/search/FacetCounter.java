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
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
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
            Comparator<Integer> order = Comparator.<Integer>comparingLong(n -> counts[n]).reversed()
                    .thenComparing(dictionary::value);
            PriorityQueue<Integer> worst = new PriorityQueue<>(order.reversed());
            for (int n = 0; n < counts.length; n++) {
                // Most values are rarer than the least of those kept so far: skip them without touching the queue.
                if (counts[n] > 0 && (worst.size() < max || counts[n] >= counts[worst.peek()])) {
                    worst.add(n);
                    if (worst.size() > max) {
                        worst.poll();
                    }
                }
            }
            List<Integer> best = new ArrayList<>(worst);
            best.sort(order);
            Map<String, Long> top = new LinkedHashMap<>();
            for (int n : best) {
                top.put(dictionary.value(n), counts[n]);
            }
            return top;
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

        synchronized String value(int number) {
            return values.get(number);
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
            IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
            if (cache == null) {
                return numbersOf(reader);
            }
            int[] known = segments.get(cache.getKey());
            if (known == null) {
                known = numbersOf(reader);
                if (segments.putIfAbsent(cache.getKey(), known) == null) {
                    cache.addClosedListener(segments::remove);
                }
            }
            return known;
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

    /** Inclusive bounds of the date ranges, in epoch milliseconds: from, to, from, to... */
    private final long[] ranges;
    private final Map<String, long[]> keywords = new LinkedHashMap<>();
    private final long[] dates;
    private long total;

    /** {@code ranges}: inclusive from and to of each date range, in epoch milliseconds, one after the other. */
    FacetCounter(long[] ranges) {
        this.ranges = ranges.clone();
        this.dates = new long[ranges.length / 2];
        for (String field : KEYWORDS) {
            keywords.put(field, new long[DICTIONARIES.get(field).size()]);
        }
    }

    /** A manager for {@link org.apache.lucene.search.IndexSearcher#search(org.apache.lucene.search.Query, CollectorManager)}. */
    static CollectorManager<FacetCounter, Counts> manager(long[] ranges) {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(ranges);
            }

            @Override
            public Counts reduce(Collection<FacetCounter> collectors) {
                if (collectors.size() == 1) {
                    FacetCounter only = collectors.iterator().next();
                    return new Counts(only.total, only.keywords, only.dates);
                }
                FacetCounter all = new FacetCounter(ranges);
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
                total++;
                for (Keyword k : keywordFields) {
                    k.collect(doc);
                }
                if (date.advanceExact(doc)) {
                    for (int v = date.docValueCount(); v > 0; v--) {
                        long millis = date.nextValue();
                        for (int r = 0; r < dates.length; r++) {
                            if (millis >= ranges[2 * r] && millis <= ranges[2 * r + 1]) {
                                dates[r]++;
                            }
                        }
                    }
                }
            }
        };
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
