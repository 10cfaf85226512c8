package org.commonplace.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.commonplace.shared.ContentVersion;

/**
 * Rendered HTML of public views as an anonymous reader sees them, keyed by path and query. An entry is served only
 * while {@link ContentVersion} has not moved since the render began and for at most {@link #MAX_AGE_MILLIS} (pages
 * say "5 minutes ago"). Bounded by entry count and bytes; when full, stale entries go first, then the oldest.
 */
final class PageCache {

    static final long MAX_AGE_MILLIS = 60_000;
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRY_BYTES = 2 * 1024 * 1024;

    /** One rendered response. */
    record Entry(long version, long createdAt, byte[] body, String contentType, String etag) {
        boolean freshAt(long now) {
            return version == ContentVersion.current() && now - createdAt < MAX_AGE_MILLIS;
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    Entry get(String key, long now) {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (!e.freshAt(now)) {
            if (entries.remove(key, e)) {
                bytes.addAndGet(-e.body().length);
            }
            return null;
        }
        return e;
    }

    void put(String key, Entry entry) {
        if (entry.body().length > MAX_ENTRY_BYTES) {
            return;
        }
        Entry old = entries.put(key, entry);
        bytes.addAndGet(entry.body().length - (old == null ? 0 : old.body().length));
        if (entries.size() > MAX_ENTRIES || bytes.get() > MAX_BYTES) {
            evict();
        }
    }

    /** Drops stale entries, then the oldest until under the bounds again (rare: only when full). */
    private synchronized void evict() {
        long now = System.currentTimeMillis();
        entries.forEach((k, e) -> {
            if (!e.freshAt(now) && entries.remove(k, e)) {
                bytes.addAndGet(-e.body().length);
            }
        });
        if (entries.size() > MAX_ENTRIES || bytes.get() > MAX_BYTES) {
            List<Map.Entry<String, Entry>> byAge = new ArrayList<>(entries.entrySet());
            byAge.sort(Comparator.comparingLong(m -> m.getValue().createdAt()));
            for (Map.Entry<String, Entry> m : byAge) {
                if (entries.size() <= MAX_ENTRIES * 9 / 10 && bytes.get() <= MAX_BYTES * 9 / 10) {
                    break;
                }
                if (entries.remove(m.getKey(), m.getValue())) {
                    bytes.addAndGet(-m.getValue().body().length);
                }
            }
        }
    }

    int size() {
        return entries.size();
    }

    /** A strong validator for a body: the same bytes always give the same tag. */
    static String etag(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + HexFormat.of().formatHex(d, 0, 12) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an If-None-Match header names this tag (or is "*"). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag) || t.equals("*")) {
                return true;
            }
        }
        return false;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
