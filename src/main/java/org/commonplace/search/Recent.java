package org.commonplace.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values built from a key once and kept for the next use: at most {@code max} of them, the least recently used dropped
 * first. For things that depend only on their key, such as the automaton of a word. Thread-safe; a value may be built
 * twice when two threads ask for it at once (the build runs outside the lock), never kept twice.
 */
final class Recent<K, V> {

    private final Function<K, V> build;
    private final Map<K, V> kept;

    /** {@code build}: how {@link #get(Object)} makes a value that is not kept (null when every caller says how). */
    Recent(int max, Function<K, V> build) {
        this.build = build;
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    V get(K key) {
        return get(key, build);
    }

    /** The value kept for {@code key}, or the one {@code build} makes for it (then kept). */
    V get(K key, Function<? super K, ? extends V> build) {
        synchronized (kept) {
            V value = kept.get(key);
            if (value != null) {
                return value;
            }
        }
        V built = build.apply(key);
        synchronized (kept) {
            V raced = kept.putIfAbsent(key, built);
            return raced == null ? built : raced;
        }
    }
}
