package org.commonplace.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What recent searches counted (their total and facet counts), or looked up (the names their facets show, the spaces a
 * reader may read), kept for the searches that follow. Counting visits every match of a query (for a word found in half the
 * posts, hundreds of thousands of documents), while a page of hits needs only the best few; so the counts are kept for
 * the next page of the same search, the same search by another reader of the same spaces, or the same search again.
 *
 * <p>An entry holds only while {@link org.commonplace.shared.ContentVersion} has not moved since the counting began
 * (any change to content drops every entry) and, unless told otherwise, for at most {@link #MAX_AGE_MILLIS} (the date
 * facet counts relative to now). Its key includes the set of spaces the reader may read, so counts never cross from one
 * audience to another. At most {@link #MAX_ENTRIES} entries unless told otherwise, the least recently used dropped
 * first. Thread-safe.
 */
final class SearchCounts<K, V> {

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_AGE_MILLIS = 60_000;

    /** A search's total hit count and its facets (no value marked as selected); {@code estimated} when from a sample. */
    record Counted(long total, Map<String, List<FacetValue>> facets, boolean estimated) {
    }

    private record Entry<V>(long version, long createdAt, V value) {
    }

    private final LongSupplier clock;
    private final long maxAgeMillis;
    private final Map<K, Entry<V>> entries;

    SearchCounts(LongSupplier clock) {
        this(clock, MAX_ENTRIES, MAX_AGE_MILLIS);
    }

    /**
     * {@code maxEntries}: at most this many entries (names, one per entry, need more than counts do); {@code maxAgeMillis}:
     * an entry is dropped this long after it was kept, whatever the content version (names do not depend on the time, so
     * their caches keep them until the content changes: {@link Long#MAX_VALUE}).
     */
    SearchCounts(LongSupplier clock, int maxEntries, long maxAgeMillis) {
        this.clock = clock;
        this.maxAgeMillis = maxAgeMillis;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The value kept for this key under this content version, or null. */
    synchronized V get(K key, long version) {
        Entry<V> e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (e.version() != version || clock.getAsLong() - e.createdAt() >= maxAgeMillis) {
            entries.remove(key);
            return null;
        }
        return e.value();
    }

    /** Keeps a value made under {@code version} (read before the search ran). */
    synchronized void put(K key, long version, V value) {
        entries.put(key, new Entry<>(version, clock.getAsLong(), value));
    }

    synchronized int size() {
        return entries.size();
    }
}
