package org.commonplace.phrasebook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** References from terms and start-here steps to pages and threads, stored as {@code page:space/slug} or {@code thread:123}. */
public final class RelatedRef {

    private static final Pattern PAGE_URL = Pattern.compile("(?:https?://[^/]+)?/s/([a-z0-9-]{1,60})/wiki/([a-z0-9-]{1,120})/?");
    private static final Pattern PAGE_SHORT = Pattern.compile("(?:page:)?([a-z0-9-]{1,60})/([a-z0-9-]{1,120})");
    private static final Pattern THREAD = Pattern.compile("(?:(?:https?://[^/]+)?/t/|thread:|#)?([0-9]{1,18})/?");

    private RelatedRef() {
    }

    /** The stored form of a reference, or null if it is neither a page nor a thread. */
    public static String normalise(String ref) {
        String r = ref.strip();
        Matcher m = PAGE_URL.matcher(r);
        if (m.matches() || (m = PAGE_SHORT.matcher(r)).matches()) {
            return "page:" + m.group(1) + "/" + m.group(2);
        }
        m = THREAD.matcher(r);
        if (m.matches()) {
            return "thread:" + Long.parseLong(m.group(1));
        }
        return null;
    }

    public static boolean isPage(String ref) {
        return ref.startsWith("page:");
    }

    public static String pageSpace(String ref) {
        return ref.substring(5, ref.indexOf('/'));
    }

    public static String pageSlug(String ref) {
        return ref.substring(ref.indexOf('/') + 1);
    }

    public static long threadId(String ref) {
        return Long.parseLong(ref.substring(7));
    }
}
