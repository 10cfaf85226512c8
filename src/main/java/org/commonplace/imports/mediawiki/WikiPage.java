package org.commonplace.imports.mediawiki;

import java.util.List;

/**
 * A page and its revisions in export order (oldest first in normal exports).
 *
 * @param title the full title including any namespace prefix, with spaces
 * @param redirectTitle the target of a redirect page, or null
 */
public record WikiPage(String title, int ns, long id, String redirectTitle, List<WikiRevision> revisions) {

    public WikiPage {
        revisions = List.copyOf(revisions);
    }
}
