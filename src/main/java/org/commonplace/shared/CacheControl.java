package org.commonplace.shared;

import java.util.Locale;

/** What a request's {@code Cache-Control} header asks of the server's own caches (rendered pages, search counts). */
public final class CacheControl {

    private CacheControl() {
    }

    /** A hard reload ({@code Cache-Control: no-cache}): answer from fresh work, not from anything kept. */
    public static boolean noCache(String header) {
        return header != null && header.toLowerCase(Locale.ROOT).contains("no-cache");
    }
}
