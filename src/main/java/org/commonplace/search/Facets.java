package org.commonplace.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.commonplace.search.SearchQuery.DateRange;
import org.commonplace.search.SearchService.ReadableSpace;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.util.common.data.Range;

/**
 * The facets of a search (type, space, board, author, date range, promoted): the aggregations Lucene is asked for, and
 * how their counts become the {@link FacetValue}s a reader sees. Counts from a sample are scaled up and rounded to two
 * significant digits, so that they do not pretend to a precision they lack, and values seen too rarely in the sample to
 * estimate are left out ({@link #MIN_SAMPLED}).
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

    private static final AggregationKey<Map<String, Long>> TYPE = AggregationKey.of("type");
    private static final AggregationKey<Map<String, Long>> SPACE = AggregationKey.of("space");
    private static final AggregationKey<Map<String, Long>> BOARD = AggregationKey.of("board");
    private static final AggregationKey<Map<Long, Long>> AUTHOR = AggregationKey.of("author");
    private static final AggregationKey<Map<Range<Instant>, Long>> DATE = AggregationKey.of("date");
    private static final AggregationKey<Map<String, Long>> PROMOTED = AggregationKey.of("promoted");

    private final Map<DateRange, Range<Instant>> ranges = new LinkedHashMap<>();
    private final SearchAggregation<Map<String, Long>> type;
    private final SearchAggregation<Map<String, Long>> space;
    private final SearchAggregation<Map<String, Long>> board;
    private final SearchAggregation<Map<Long, Long>> author;
    private final SearchAggregation<Map<Range<Instant>, Long>> date;
    private final SearchAggregation<Map<String, Long>> promoted;

    /** The facets of a search over {@code scope}; date ranges count back from {@code now}. */
    Facets(SearchScope<?> scope, Instant now) {
        for (DateRange r : DateRange.values()) {
            Instant edge = now.minus(Duration.ofDays(r.days));
            ranges.put(r, r == DateRange.OLDER ? Range.lessThan(edge) : Range.atLeast(edge));
        }
        SearchAggregationFactory f = scope.aggregation();
        type = f.terms().field(SearchFields.TYPE, String.class).toAggregation();
        space = f.terms().field(SearchFields.SPACE_FACET, String.class).maxTermCount(SPACE_VALUES).toAggregation();
        board = f.terms().field(SearchFields.BOARD_FACET, String.class).maxTermCount(VALUES).toAggregation();
        author = f.terms().field(SearchFields.AUTHOR_ID, Long.class).maxTermCount(VALUES).toAggregation();
        date = f.range().field(SearchFields.DATE, Instant.class).ranges(ranges.values()).toAggregation();
        promoted = f.terms().field(SearchFields.PROMOTED, String.class).toAggregation();
    }

    /** The names of boards and the usernames of accounts, by id (ids not found are left out). */
    interface Names {
        Map<Long, String> boards(Collection<Long> ids);

        Map<Long, String> authors(Collection<Long> ids);
    }

    /** The range a {@link DateRange} stands for in this search. */
    Range<Instant> range(DateRange r) {
        return ranges.get(r);
    }

    /** The query with every facet's aggregation added. */
    <H> SearchQueryOptionsStep<?, H, ?, ?, ?> requestedBy(SearchQueryOptionsStep<?, H, ?, ?, ?> query) {
        return query.aggregation(TYPE, type).aggregation(SPACE, space).aggregation(BOARD, board).aggregation(AUTHOR, author)
                .aggregation(DATE, date).aggregation(PROMOTED, promoted);
    }

    /**
     * The facet values of a result that asked for the aggregations, each count multiplied by {@code scale} (1 for exact
     * counts). Spaces are named from the reader's readable spaces, boards and authors from the database.
     */
    Map<String, List<FacetValue>> read(org.hibernate.search.engine.search.query.SearchResult<?> result, long scale,
            Map<Long, ReadableSpace> spaces, Names names) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("type", values(result.aggregation(TYPE), scale, k -> k, k -> k));
        facets.put("space", values(byId(result.aggregation(SPACE)), scale, id -> spaces.containsKey(id) ? spaces.get(id).slug() : null,
                id -> spaces.containsKey(id) ? spaces.get(id).name() : null));
        Map<Long, Long> boards = byId(result.aggregation(BOARD));
        Map<Long, String> boardNames = names.boards(boards.keySet());
        facets.put("board", values(boards, scale, String::valueOf, id -> boardNames.getOrDefault(id, "#" + id)));
        // The author facet counts account ids (numeric facets need no merged term dictionary); its keys are usernames.
        Map<Long, String> authorNames = names.authors(result.aggregation(AUTHOR).keySet());
        facets.put("author", values(result.aggregation(AUTHOR), scale,
                id -> authorNames.containsKey(id) ? authorNames.get(id).toLowerCase(Locale.ROOT) : null, authorNames::get));
        List<FacetValue> dates = new ArrayList<>();
        Map<Range<Instant>, Long> dateCounts = result.aggregation(DATE);
        for (Map.Entry<DateRange, Range<Instant>> e : ranges.entrySet()) {
            long count = dateCounts.getOrDefault(e.getValue(), 0L);
            if (shown(count, scale)) {
                dates.add(new FacetValue(e.getKey().key(), e.getKey().key(), scaled(count, scale), false));
            }
        }
        facets.put("date", dates);
        facets.put("promoted", values(result.aggregation(PROMOTED), scale, k -> k,
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
