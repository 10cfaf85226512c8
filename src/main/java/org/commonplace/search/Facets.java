package org.commonplace.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Query;
import org.commonplace.search.SearchQuery.DateRange;
import org.commonplace.search.SearchService.ReadableSpace;

/**
 * The facets of a search (type, space, board, author, date range, promoted): the date ranges of this moment, and how
 * the counts of {@link FacetCounter} become the {@link FacetValue}s a reader sees. Counts from a sample are scaled up and
 * rounded to two significant digits, so that they do not pretend to a precision they lack, and values seen too rarely
 * in the sample to estimate are left out ({@link #MIN_SAMPLED}).
 */
final class Facets {

    static final int VALUES = 10;
    /**
     * A facet value seen fewer times than this in a sample is left out: its estimate would be off by a third or more,
     * and among thousands of such values (authors of a word found everywhere) the ones that happen to lead the sample
     * would be shown with several times their real count.
     */
    static final int MIN_SAMPLED = 10;
    static final int SPACE_VALUES = 50;

    /** Each date range's inclusive bounds in epoch milliseconds. */
    private final Map<DateRange, long[]> ranges = new EnumMap<>(DateRange.class);
    /** The same bounds one after the other, in {@link DateRange} order, as {@link FacetCounter} takes them. */
    private final long[] bounds;

    /** The facets of a search whose date ranges count back from {@code now}. */
    Facets(Instant now) {
        for (DateRange r : DateRange.values()) {
            long edge = now.minus(Duration.ofDays(r.days)).toEpochMilli();
            ranges.put(r, r == DateRange.OLDER ? new long[] {Long.MIN_VALUE, edge - 1} : new long[] {edge, Long.MAX_VALUE});
        }
        bounds = ranges.values().stream().flatMapToLong(java.util.Arrays::stream).toArray();
    }

    /** The names of boards by id, and the usernames of accounts by their lower-case key (those not found are left out). */
    interface Names {
        Map<Long, String> boards(Collection<Long> ids);

        Map<String, String> authors(Collection<String> keys);
    }

    /** The filter of documents dated in this range. */
    Query filter(DateRange r) {
        long[] bounds = ranges.get(r);
        return LongPoint.newRangeQuery(SearchFields.DATE, bounds[0], bounds[1]);
    }

    /**
     * Counts the facets of a search's matches ({@link FacetCounter}, given the date ranges in {@link DateRange} order),
     * stopping the search with {@link FacetCounter.LimitReached} after {@code limit} matches.
     */
    CollectorManager<FacetCounter, FacetCounter.Counts> counter(long limit) {
        return FacetCounter.manager(bounds, limit, false);
    }

    /** Counts the facets of a search that only matches documents of the sample bucket. */
    CollectorManager<FacetCounter, FacetCounter.Counts> sampleCounter() {
        return FacetCounter.manager(bounds, Long.MAX_VALUE, true);
    }

    /**
     * The facet values of these counts, each multiplied by {@code scale} (1 for exact counts), most frequent first.
     * Spaces are named from the reader's readable spaces, boards and authors by {@code names}.
     */
    Map<String, List<FacetValue>> read(FacetCounter.Counts counts, long scale, Map<Long, ReadableSpace> spaces, Names names) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("type", values(counts.top(SearchFields.TYPE, Integer.MAX_VALUE), scale, k -> k, k -> k));
        Map<Long, Long> spaceCounts = byId(counts.top(SearchFields.SPACE_FACET, SPACE_VALUES));
        facets.put("space", values(spaceCounts, scale, id -> spaces.containsKey(id) ? spaces.get(id).slug() : null,
                id -> spaces.containsKey(id) ? spaces.get(id).name() : null));
        Map<Long, Long> boards = byId(counts.top(SearchFields.BOARD_FACET, VALUES));
        Map<Long, String> boardNames = names.boards(boards.keySet());
        facets.put("board", values(boards, scale, String::valueOf, id -> boardNames.getOrDefault(id, "#" + id)));
        // The author field holds the name in lower case (its normalizer's form), which is the facet's key.
        Map<String, Long> authors = counts.top(SearchFields.AUTHOR, VALUES);
        Map<String, String> usernames = names.authors(authors.keySet());
        facets.put("author", values(authors, scale, k -> k, k -> usernames.getOrDefault(k, k)));
        List<FacetValue> dates = new ArrayList<>();
        long[] dateCounts = counts.dates();
        int i = 0;
        for (DateRange r : ranges.keySet()) {
            long count = dateCounts[i++];
            if (shown(count, scale)) {
                dates.add(new FacetValue(r.key(), r.key(), scaled(count, scale), false));
            }
        }
        facets.put("date", dates);
        facets.put("promoted", values(counts.top(SearchFields.PROMOTED, Integer.MAX_VALUE), scale, k -> k,
                k -> k.equals("yes") ? "promoted to the wiki" : "not promoted"));
        return facets;
    }

    /**
     * A count found in a sample of one document in {@code scale}, as an estimate of the whole: multiplied, then rounded
     * to two significant digits (a sample of a few thousand documents is good to a few per cent, not to the unit).
     */
    static long scaled(long count, long scale) {
        long estimate = count * scale;
        if (scale == 1 || estimate < 100) {
            return estimate;
        }
        long unit = 1;
        while (estimate / unit >= 100) {
            unit *= 10;
        }
        return Math.round((double) estimate / unit) * unit;
    }

    /** The counts of a keyword facet whose keywords are ids, by id, in the same order (most frequent first). */
    private static Map<Long, Long> byId(Map<String, Long> counts) {
        Map<Long, Long> byId = new LinkedHashMap<>();
        counts.forEach((key, count) -> byId.put(Long.valueOf(key), count));
        return byId;
    }

    private static boolean shown(long count, long scale) {
        return count > 0 && (scale == 1 || count >= MIN_SAMPLED);
    }

    private static <K> List<FacetValue> values(Map<K, Long> counts, long scale, Function<K, String> key, Function<K, String> label) {
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((k, count) -> {
            String keyText = shown(count, scale) ? key.apply(k) : null;
            if (keyText != null) {
                values.add(new FacetValue(keyText, label.apply(k), scaled(count, scale), false));
            }
        });
        return values;
    }
}
