package org.commonplace.people.web;

/** Where to send someone after signing in: only back into this site, never to another origin. */
final class SafeRedirects {

    private SafeRedirects() {
    }

    static String local(String target) {
        if (target == null || target.isBlank() || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")
                || target.length() > 2000 || target.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return target;
    }
}
