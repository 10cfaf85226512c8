package org.commonplace.imports.mediawiki;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes MediaWiki export-0.11 XML from the same records the reader produces, one page at a time.
 *
 * <p>The output is what Special:Import and importDump.php accept, and reading it back with
 * {@link MediaWikiReader} yields records equal to those written (a carriage return in text is written
 * as {@code &#13;} so XML line-end normalisation cannot change it). Optional values that are null are
 * left out; an empty comment is written as {@code <comment/>}, a null text as a deleted text.
 */
public final class MediaWikiWriter implements AutoCloseable {

    public static final String SCHEMA_VERSION = "0.11";
    public static final String NAMESPACE = "http://www.mediawiki.org/xml/export-0.11/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter w;
    private boolean closed;

    /** Starts a document and writes the site info (when not null). */
    public MediaWikiWriter(OutputStream out, WikiSiteInfo siteInfo, String lang) {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("", "mediawiki", NAMESPACE);
            w.writeDefaultNamespace(NAMESPACE);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi", XSI, "schemaLocation", NAMESPACE + " http://www.mediawiki.org/xml/export-0.11.xsd");
            w.writeAttribute("version", SCHEMA_VERSION);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang == null ? "en" : lang);
            if (siteInfo != null) {
                writeSiteInfo(siteInfo);
            }
        } catch (XMLStreamException e) {
            throw new MediaWikiFormatException("Cannot write MediaWiki XML: " + e.getMessage(), e);
        }
    }

    /** Writes a whole export in one call. */
    public static void write(OutputStream out, WikiSiteInfo siteInfo, Iterable<WikiPage> pages) {
        try (MediaWikiWriter writer = new MediaWikiWriter(out, siteInfo, "en")) {
            for (WikiPage page : pages) {
                writer.writePage(page);
            }
        }
    }

    private void writeSiteInfo(WikiSiteInfo s) throws XMLStreamException {
        indent(1);
        w.writeStartElement("siteinfo");
        simple(2, "sitename", s.sitename());
        simple(2, "dbname", s.dbname());
        simple(2, "base", s.base());
        simple(2, "generator", s.generator());
        simple(2, "case", s.caseSetting());
        indent(2);
        w.writeStartElement("namespaces");
        for (WikiSiteInfo.Namespace ns : s.namespaces()) {
            indent(3);
            if (ns.prefix() == null || ns.prefix().isEmpty()) {
                w.writeEmptyElement("namespace");
            } else {
                w.writeStartElement("namespace");
            }
            w.writeAttribute("key", Integer.toString(ns.key()));
            if (ns.caseSetting() != null) {
                w.writeAttribute("case", ns.caseSetting());
            }
            if (ns.prefix() != null && !ns.prefix().isEmpty()) {
                characters(ns.prefix());
                w.writeEndElement();
            }
        }
        indent(2);
        w.writeEndElement();
        indent(1);
        w.writeEndElement();
    }

    /** Writes one page with all its revisions. */
    public void writePage(WikiPage page) {
        try {
            indent(1);
            w.writeStartElement("page");
            simple(2, "title", page.title());
            simple(2, "ns", Integer.toString(page.ns()));
            simple(2, "id", Long.toString(page.id()));
            if (page.redirectTitle() != null) {
                indent(2);
                w.writeEmptyElement("redirect");
                w.writeAttribute("title", page.redirectTitle());
            }
            for (WikiRevision rev : page.revisions()) {
                writeRevision(rev);
            }
            indent(1);
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new MediaWikiFormatException("Cannot write page " + page.title() + ": " + e.getMessage(), e);
        }
    }

    private void writeRevision(WikiRevision r) throws XMLStreamException {
        indent(2);
        w.writeStartElement("revision");
        simple(3, "id", Long.toString(r.id()));
        if (r.parentId() != null) {
            simple(3, "parentid", Long.toString(r.parentId()));
        }
        if (r.timestamp() != null) {
            simple(3, "timestamp", r.timestamp().toString());
        }
        if (r.contributor() != null) {
            writeContributor(r.contributor());
        }
        if (r.minor()) {
            indent(3);
            w.writeEmptyElement("minor");
        }
        simple(3, "comment", r.comment());
        simple(3, "model", r.model());
        simple(3, "format", r.format());
        indent(3);
        if (r.text() == null) {
            w.writeEmptyElement("text");
            if (r.textBytes() != null) {
                w.writeAttribute("bytes", r.textBytes().toString());
            }
            w.writeAttribute("deleted", "deleted");
        } else {
            w.writeStartElement("text");
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            if (r.textBytes() != null) {
                w.writeAttribute("bytes", r.textBytes().toString());
            }
            characters(r.text());
            w.writeEndElement();
        }
        simple(3, "sha1", r.sha1());
        indent(2);
        w.writeEndElement();
    }

    private void writeContributor(WikiContributor c) throws XMLStreamException {
        indent(3);
        if (c.deleted() && c.username() == null && c.ip() == null) {
            w.writeEmptyElement("contributor");
            w.writeAttribute("deleted", "deleted");
            return;
        }
        w.writeStartElement("contributor");
        if (c.deleted()) {
            w.writeAttribute("deleted", "deleted");
        }
        simple(4, "username", c.username());
        if (c.id() != null) {
            simple(4, "id", Long.toString(c.id()));
        }
        simple(4, "ip", c.ip());
        indent(3);
        w.writeEndElement();
    }

    private void simple(int depth, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        indent(depth);
        if (value.isEmpty()) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        characters(value);
        w.writeEndElement();
    }

    /** Writes text, keeping carriage returns as character references so they survive a re-read. */
    private void characters(String text) throws XMLStreamException {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\r') {
                w.writeCharacters(text.substring(start, i));
                w.writeEntityRef("#13");
                start = i + 1;
            }
        }
        w.writeCharacters(text.substring(start));
    }

    private void indent(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new MediaWikiFormatException("Cannot finish MediaWiki XML: " + e.getMessage(), e);
        }
    }
}
