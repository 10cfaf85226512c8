package org.commonplace.imports.mediawiki;

import java.util.List;
import java.util.Optional;

/**
 * The {@code <siteinfo>} of an export: which wiki it came from and its namespace prefixes, needed to
 * split page titles into namespace and name.
 *
 * @param caseSetting "first-letter" or "case-sensitive"
 */
public record WikiSiteInfo(String sitename, String dbname, String base, String generator, String caseSetting,
                           List<Namespace> namespaces) {

    public WikiSiteInfo {
        namespaces = List.copyOf(namespaces);
    }

    /** The localised prefix of namespace {@code key}, if declared. */
    public Optional<Namespace> namespace(int key) {
        return namespaces.stream().filter(n -> n.key() == key).findFirst();
    }

    /**
     * One namespace declaration.
     *
     * @param key the namespace number (may be negative)
     * @param caseSetting the namespace's case rule, or null
     * @param prefix the localised prefix, "" for the main namespace
     */
    public record Namespace(int key, String caseSetting, String prefix) {
    }
}
