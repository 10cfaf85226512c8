package org.commonplace.imports.mediawiki;

import java.time.Instant;

/**
 * One revision of a page, as exported.
 *
 * @param parentId the previous revision, or null (older exports do not have it)
 * @param comment the edit summary; "" for an empty {@code <comment/>}, null when absent
 * @param text the wikitext exactly as stored (entities decoded once); null for a deleted or stub text
 * @param textBytes the {@code bytes} attribute of {@code <text>}, or null when missing
 * @param sha1 the base-36 SHA-1 of the text, or null/"" as exported
 */
public record WikiRevision(long id, Long parentId, Instant timestamp, WikiContributor contributor, boolean minor,
                           String comment, String model, String format, String text, Integer textBytes, String sha1) {
}
