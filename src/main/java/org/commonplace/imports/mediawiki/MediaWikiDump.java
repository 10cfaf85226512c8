package org.commonplace.imports.mediawiki;

import java.util.List;

/**
 * A whole export held in memory: only for small files and tests; large dumps go through
 * {@link MediaWikiReader#read(java.io.InputStream, MediaWikiReader.Handler)}.
 *
 * @param schemaVersion the {@code version} attribute of the root, e.g. "0.9"
 * @param siteInfo the site info, or null when the export has none
 */
public record MediaWikiDump(String schemaVersion, WikiSiteInfo siteInfo, List<WikiPage> pages) {

    public MediaWikiDump {
        pages = List.copyOf(pages);
    }
}
