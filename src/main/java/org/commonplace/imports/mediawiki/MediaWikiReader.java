package org.commonplace.imports.mediawiki;

import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming reader for MediaWiki XML exports of any {@code export-0.N} schema version.
 *
 * <p>Pages are handed to a callback one at a time, so a dump of any size is never held in memory
 * (one page with its revisions is). Elements are matched by local name and accepted in any order,
 * because real files break the schema order (0.8/0.9 put model/format after text; fixtures put comment
 * between model and format); unknown elements (uploads, log items, 0.11 content slots, LiquidThreads
 * data) are skipped. The parser is hardened: no DTDs, no external entities, and any DOCTYPE is rejected
 * before its entities can be expanded (XXE, billion laughs). Text is coalesced, so wikitext comes back
 * verbatim with its entities decoded once.
 */
public final class MediaWikiReader {

    /** Receives the parts of an export as they are read. */
    public interface Handler {

        /** Called once, before the first page, when the export has a {@code <siteinfo>}. */
        default void siteInfo(String schemaVersion, WikiSiteInfo siteInfo) {
        }

        /** Called for every page, in file order. */
        void page(WikiPage page);
    }

    private static final String ROOT = "mediawiki";
    private static final String NAMESPACE_PREFIX = "http://www.mediawiki.org/xml/export-";

    private MediaWikiReader() {
    }

    /** Reads a small export entirely; use {@link #read(InputStream, Handler)} for real dumps. */
    public static MediaWikiDump readAll(InputStream in) {
        List<WikiPage> pages = new ArrayList<>();
        WikiSiteInfo[] info = {null};
        String version = read(in, new Handler() {
            @Override
            public void siteInfo(String schemaVersion, WikiSiteInfo siteInfo) {
                info[0] = siteInfo;
            }

            @Override
            public void page(WikiPage page) {
                pages.add(page);
            }
        });
        return new MediaWikiDump(version, info[0], pages);
    }

    /**
     * Streams an export to {@code handler}.
     *
     * @return the schema version from the root element's {@code version} attribute (may be null)
     * @throws MediaWikiFormatException for a DOCTYPE, malformed XML or a root that is not {@code <mediawiki>}
     */
    public static String read(InputStream in, Handler handler) {
        XMLStreamReader r = null;
        try {
            r = newFactory().createXMLStreamReader(in);
            return readDocument(r, handler);
        } catch (XMLStreamException e) {
            throw new MediaWikiFormatException("Malformed MediaWiki XML: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing after a failure
                }
            }
        }
    }

    /** A StAX factory with DTDs and external entities off and text coalesced. */
    static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("External resources are not allowed: " + systemId);
        });
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException unsupported) {
            // not every StAX implementation knows the JAXP access properties; DTDs are off anyway
        }
    }

    private static String readDocument(XMLStreamReader r, Handler handler) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new MediaWikiFormatException("DOCTYPE declarations are not allowed in a MediaWiki import");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                if (!ROOT.equals(r.getLocalName()) || ns != null && !ns.isEmpty() && !ns.startsWith(NAMESPACE_PREFIX)) {
                    throw new MediaWikiFormatException("Not a MediaWiki export: root element is {" + ns + "}" + r.getLocalName());
                }
                String version = r.getAttributeValue(null, "version");
                readRoot(r, version, handler);
                return version;
            }
        }
        throw new MediaWikiFormatException("Empty document: no <mediawiki> element");
    }

    private static void readRoot(XMLStreamReader r, String version, Handler handler) throws XMLStreamException {
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "siteinfo" -> handler.siteInfo(version, readSiteInfo(r));
                case "page" -> handler.page(readPage(r));
                default -> skip(r);
            }
        }
    }

    private static WikiSiteInfo readSiteInfo(XMLStreamReader r) throws XMLStreamException {
        String sitename = null;
        String dbname = null;
        String base = null;
        String generator = null;
        String caseSetting = null;
        List<WikiSiteInfo.Namespace> namespaces = new ArrayList<>();
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "sitename" -> sitename = text(r);
                case "dbname" -> dbname = text(r);
                case "base" -> base = text(r);
                case "generator" -> generator = text(r);
                case "case" -> caseSetting = text(r);
                case "namespaces" -> {
                    while (nextChild(r)) {
                        if ("namespace".equals(r.getLocalName())) {
                            int key = parseInt(r.getAttributeValue(null, "key"), "namespace key");
                            String nsCase = r.getAttributeValue(null, "case");
                            namespaces.add(new WikiSiteInfo.Namespace(key, nsCase, text(r)));
                        } else {
                            skip(r);
                        }
                    }
                }
                default -> skip(r);
            }
        }
        return new WikiSiteInfo(sitename, dbname, base, generator, caseSetting, namespaces);
    }

    private static WikiPage readPage(XMLStreamReader r) throws XMLStreamException {
        String title = null;
        Integer ns = null;
        Long id = null;
        String redirect = null;
        List<WikiRevision> revisions = new ArrayList<>();
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "title" -> title = text(r);
                case "ns" -> ns = parseInt(text(r), "ns");
                case "id" -> id = parseLong(text(r), "page id");
                case "redirect" -> {
                    String target = r.getAttributeValue(null, "title");
                    redirect = target == null ? "" : target;
                    skip(r);
                }
                case "revision" -> revisions.add(readRevision(r));
                default -> skip(r);
            }
        }
        if (title == null) {
            throw new MediaWikiFormatException("A <page> has no <title> (near line " + r.getLocation().getLineNumber() + ")");
        }
        return new WikiPage(title, ns == null ? 0 : ns, id == null ? 0 : id, redirect, revisions);
    }

    private static WikiRevision readRevision(XMLStreamReader r) throws XMLStreamException {
        Long id = null;
        Long parentId = null;
        Instant timestamp = null;
        WikiContributor contributor = null;
        boolean minor = false;
        String comment = null;
        String model = null;
        String format = null;
        String text = null;
        Integer bytes = null;
        String sha1 = null;
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "id" -> id = parseLong(text(r), "revision id");
                case "parentid" -> parentId = parseLong(text(r), "parentid");
                case "timestamp" -> timestamp = parseInstant(text(r));
                case "contributor" -> contributor = readContributor(r);
                case "minor" -> {
                    minor = true;
                    skip(r);
                }
                case "comment" -> comment = text(r);
                case "model" -> model = text(r);
                case "format" -> format = text(r);
                case "text" -> {
                    String b = r.getAttributeValue(null, "bytes");
                    bytes = b == null || b.isBlank() ? null : parseInt(b, "text bytes");
                    boolean deleted = r.getAttributeValue(null, "deleted") != null;
                    String value = text(r);
                    text = deleted ? null : value;
                }
                case "sha1" -> sha1 = text(r);
                default -> skip(r);
            }
        }
        if (id == null) {
            throw new MediaWikiFormatException("A <revision> has no <id> (near line " + r.getLocation().getLineNumber() + ")");
        }
        return new WikiRevision(id, parentId, timestamp, contributor, minor, comment, model, format, text, bytes, sha1);
    }

    private static WikiContributor readContributor(XMLStreamReader r) throws XMLStreamException {
        boolean deleted = r.getAttributeValue(null, "deleted") != null;
        String username = null;
        Long id = null;
        String ip = null;
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "username" -> username = text(r);
                case "id" -> id = parseLong(text(r), "contributor id");
                case "ip" -> ip = text(r);
                default -> skip(r);
            }
        }
        return new WikiContributor(username, id, ip, deleted);
    }

    /**
     * Moves to the next child element of the current element. Returns false (positioned on the parent's
     * end tag) when there are no more children.
     */
    private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new MediaWikiFormatException("Entity references and DTDs are not allowed in a MediaWiki import");
            }
        }
        throw new MediaWikiFormatException("Unexpected end of document");
    }

    /** Reads the text content of the current element, ignoring any child elements, and ends on its end tag. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        sb.append(r.getText());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new MediaWikiFormatException("Undeclared entity reference &" + r.getLocalName() + ";");
                case XMLStreamConstants.END_DOCUMENT -> throw new MediaWikiFormatException("Unexpected end of document");
                default -> {
                    // comments and processing instructions carry no content
                }
            }
        }
        return sb.toString();
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new MediaWikiFormatException("Unexpected end of document");
            }
        }
    }

    private static int parseInt(String s, String what) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new MediaWikiFormatException("Bad " + what + ": " + s);
        }
    }

    private static long parseLong(String s, String what) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw new MediaWikiFormatException("Bad " + what + ": " + s);
        }
    }

    private static Instant parseInstant(String s) {
        try {
            return Instant.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new MediaWikiFormatException("Bad timestamp: " + s);
        }
    }
}
