package org.commonplace.notify;

/** Someone who could be mentioned: the username to write after {@code @} and the name to show beside it. */
public record MentionSuggestion(String username, String displayName) {
}
