package org.commonplace.search;

/** An autocomplete entry or a similar thread: a title, what it is, and where it lives. */
public record Suggestion(String type, String title, String url, String space) {
}
