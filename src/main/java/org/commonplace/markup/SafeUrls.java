package org.commonplace.markup;

import java.util.Locale;
import java.util.Set;

/**
 * The URL scheme allow-list for user content: {@code http}, {@code https}, {@code mailto} (links
 * only) and relative URLs. Scheme checks are where {@code javascript:} usually slips through, so
 * this one is strict rather than clever: a URL holding any control, format (zero-width,
 * bidi-override), separator or whitespace character, a backslash, or an entity-like {@code &}
 * before its path is refused outright instead of being cleaned and re-checked.
 *
 * <p>Values must be given entity-decoded, as {@link HtmlSanitizer} hands them over.
 */
public final class SafeUrls {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final int MAX_URL_LENGTH = 4096;

    private SafeUrls() {
    }

    /** Whether {@code url} may be the {@code href} of a link. */
    public static boolean isSafeLinkUrl(String url) {
        return isSafe(url, LINK_SCHEMES);
    }

    /** Whether {@code url} may be the {@code src} of an image. */
    public static boolean isSafeImageUrl(String url) {
        return isSafe(url, IMAGE_SCHEMES);
    }

    /**
     * Whether {@code url} is an absolute web address a profile or a directory entry may point to: {@code http} or
     * {@code https}, a host name, and nothing {@link #isSafeLinkUrl} would refuse.
     */
    public static boolean isWebAddress(String url) {
        if (!isSafeLinkUrl(url)) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        String rest = lower.startsWith("https://") ? url.substring(8) : lower.startsWith("http://") ? url.substring(7) : null;
        if (rest == null) {
            return false;
        }
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String authority = rest.substring(0, end);
        if (authority.indexOf('@') >= 0) {
            return false;
        }
        String host = authority.replaceFirst(":[0-9]{1,5}$", "");
        return host.matches("[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+")
                || host.equalsIgnoreCase("localhost");
    }

    /** Whether {@code url} leaves the site: absolute http(s) or scheme-relative. */
    public static boolean isExternal(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
    }

    private static boolean isSafe(String url, Set<String> schemes) {
        if (url == null || url.isEmpty() || url.length() > MAX_URL_LENGTH) {
            return false;
        }
        int headEnd = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (isInvisibleOrControl(c) || c == '\\') {
                return false;
            }
            if ((c == '/' || c == '?' || c == '#') && headEnd == url.length()) {
                headEnd = i;
            }
        }
        String head = url.substring(0, headEnd);
        if (head.indexOf('&') >= 0) {
            return false;
        }
        int colon = head.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String scheme = head.substring(0, colon).toLowerCase(Locale.ROOT);
        return schemes.contains(scheme);
    }

    /** Controls, format characters (zero-width, bidi controls, BOM), separators, whitespace. */
    static boolean isInvisibleOrControl(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
                return true;
            default:
                return c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0';
        }
    }
}
