package org.commonplace.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Values built from a key once and kept for the next use: at most {@code max} of them, the least recently used dropped
 * first. For things that depend only on their key, such as the automaton of a word. Thread-safe; a value may be built
 * twice when two threads ask for it at once (the build runs outside the lock), never kept twice.
 */
final class Recent<K, V> {

    private final Function<K, V> build;
    private final Map<K, V> kept;

    /** Values that callers look up with {@link #kept} and keep with {@link #keep} themselves. */
    Recent(int max) {
        this(max, null);
    }

    /** {@code build}: how {@link #get(Object)} makes a value that is not kept (null: only {@link #kept}, {@link #keep}). */
    Recent(int max, Function<K, V> build) {
        this.build = build;
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    /** The value kept for {@code key}, or null. */
    V kept(K key) {
        synchronized (kept) {
            return kept.get(key);
        }
    }

    /** Keeps a value for {@code key}, unless one is kept already. */
    void keep(K key, V value) {
        synchronized (kept) {
            kept.putIfAbsent(key, value);
        }
    }

    /** The value kept for {@code key}, or the one the builder makes for it (then kept). */
    V get(K key) {
        synchronized (kept) {
            V value = kept.get(key);
            if (value != null) {
                return value;
            }
        }
        V built = Objects.requireNonNull(build, "this map keeps values its callers make").apply(key);
        synchronized (kept) {
            V raced = kept.putIfAbsent(key, built);
            return raced == null ? built : raced;
        }
    }
}
