package org.commonplace.api;

import java.util.List;

/**
 * The body of {@code PUT /spaces/{space}/pages/{slug}}: the contract fields {@code title, markdown, summary,
 * baseRevision} (the revision the edit started from; omit it or send 0 for a new page), and optionally
 * {@code minor} and {@code tags} (null keeps the page's tags).
 */
public record PageWrite(String title, String markdown, String summary, Integer baseRevision, Boolean minor, List<String> tags) {
}
