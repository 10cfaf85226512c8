package org.commonplace.imports.mediawiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaWikiReaderTest {

    private static final String COMMONS = "/imports/mediawiki/commons-template-export-0.9.xml";
    private static final String MWXML = "/imports/mediawiki/mwxml-dump.export-0.8.xml";

    private MediaWikiDump read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return MediaWikiReader.readAll(in);
        }
    }

    private static MediaWikiDump read(byte[] xml) {
        return MediaWikiReader.readAll(new ByteArrayInputStream(xml));
    }

    private static MediaWikiDump parse(String xml) {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void commonsSampleParses() throws Exception {
        MediaWikiDump dump = read(COMMONS);

        assertThat(dump.schemaVersion()).isEqualTo("0.9");
        assertThat(dump.siteInfo().sitename()).isEqualTo("Wikimedia Commons");
        assertThat(dump.siteInfo().namespaces()).hasSize(34);
        assertThat(dump.siteInfo().namespace(460)).get().extracting(WikiSiteInfo.Namespace::caseSetting).isEqualTo("case-sensitive");
        assertThat(dump.siteInfo().namespace(0)).get().extracting(WikiSiteInfo.Namespace::prefix).isEqualTo("");
        assertThat(dump.siteInfo().namespace(-2)).get().extracting(WikiSiteInfo.Namespace::prefix).isEqualTo("Media");
        assertThat(dump.pages()).hasSize(1);
        WikiPage page = dump.pages().get(0);
        assertThat(page.title()).isEqualTo("Template:!!");
        assertThat(page.ns()).isEqualTo(10);
        assertThat(page.id()).isEqualTo(3716844L);
        assertThat(page.revisions()).hasSize(1);
        WikiRevision rev = page.revisions().get(0);
        assertThat(rev.timestamp()).isEqualTo(Instant.parse("2010-03-03T10:34:19Z"));
        assertThat(rev.contributor()).isEqualTo(new WikiContributor("Martin H.", 237227L, null, false));
        assertThat(rev.minor()).isTrue();
        assertThat(rev.comment()).isEmpty();
        assertThat(rev.parentId()).isEqualTo(36092996L);
        assertThat(rev.model()).isEqualTo("wikitext");
        assertThat(rev.format()).isEqualTo("text/x-wiki");
        assertThat(rev.text()).startsWith("||<noinclude>\n").endsWith("</noinclude>")
                .contains("\"<code>&amp;#124;&amp;#124;</code>\"");
        assertThat(rev.text().getBytes(StandardCharsets.UTF_8)).hasSize(rev.textBytes());
        assertThat(sha1Base36(rev.text())).isEqualTo(rev.sha1());
    }

    @Test
    void mwxmlSampleParsesOutOfOrderElementsAndAnonymousEdits() throws IOException {
        MediaWikiDump dump = read(MWXML);

        assertThat(dump.schemaVersion()).isEqualTo("0.8");
        assertThat(dump.pages()).extracting(WikiPage::title).containsExactly("Foo", "Bar");
        assertThat(dump.pages().stream().mapToInt(p -> p.revisions().size()).sum()).isEqualTo(3);
        WikiRevision second = dump.pages().get(0).revisions().get(1);
        assertThat(second.contributor().ip()).isEqualTo("222.152.210.109");
        assertThat(second.contributor().isAnonymous()).isTrue();
        assertThat(second.comment()).isEqualTo("Comment 2");
        assertThat(second.format()).isEqualTo("text/x-wiki");
        assertThat(second.text()).isEqualTo("Revision 2 text");
        assertThat(dump.pages().get(0).revisions().get(0).comment()).isNull();
        assertThat(dump.pages().get(1).ns()).isEqualTo(1);
        assertThat(dump.pages().get(0).revisions().get(0).contributor().username()).isEqualTo("Gen0cide");
    }

    @Test
    void readerStreamsPageByPage() throws IOException {
        List<String> events = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(MWXML)) {
            MediaWikiReader.read(in, new MediaWikiReader.Handler() {
                @Override
                public void siteInfo(String version, WikiSiteInfo info) {
                    events.add("site:" + info.sitename());
                }

                @Override
                public void page(WikiPage page) {
                    events.add("page:" + page.title());
                }
            });
        }
        assertThat(events).containsExactly("site:Wikipedia", "page:Foo", "page:Bar");
    }

    @Test
    void anyExportNamespaceAndUnknownElementsAndRedirects() {
        String xml = """
                <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">
                  <page><ns>0</ns><title>Old name</title><id>7</id><redirect title="New name"/>
                    <restrictions>edit=sysop</restrictions>
                    <revision><id>9</id><timestamp>2020-01-01T00:00:00Z</timestamp>
                      <contributor deleted="deleted"/><comment deleted="deleted"/>
                      <origin>9</origin><model>wikitext</model><format>text/x-wiki</format>
                      <text deleted="deleted"/><sha1/>
                      <content><role>extra</role><text>slot text</text></content>
                    </revision>
                    <upload><timestamp>2020-01-01T00:00:00Z</timestamp><filename>a.png</filename></upload>
                  </page>
                  <logitem><id>1</id></logitem>
                </mediawiki>""";
        WikiPage page = parse(xml).pages().get(0);
        assertThat(page.redirectTitle()).isEqualTo("New name");
        WikiRevision rev = page.revisions().get(0);
        assertThat(rev.text()).isNull();
        assertThat(rev.sha1()).isEmpty();
        assertThat(rev.contributor().deleted()).isTrue();
    }

    @Test
    void billionLaughsIsRejectedQuickly() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        xml.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<mediawiki><page><title>&lol9;</title></page></mediawiki>");
        long start = System.nanoTime();
        assertThatThrownBy(() -> parse(xml.toString())).isInstanceOf(MediaWikiFormatException.class)
                .hasMessageContaining("DOCTYPE");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("hang guard, not a speed target").isLessThan(30_000);
    }

    @Test
    void externalEntityIsRejected() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<mediawiki><page><title>&xxe;</title></page></mediawiki>";
        assertThatThrownBy(() -> parse(xml)).isInstanceOf(MediaWikiFormatException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void badInputFailsClearly() {
        assertThatThrownBy(() -> parse("<html><body/></html>")).isInstanceOf(MediaWikiFormatException.class)
                .hasMessageContaining("Not a MediaWiki export");
        assertThatThrownBy(() -> parse("<mediawiki><page><title>x</title>")).isInstanceOf(MediaWikiFormatException.class);
        assertThatThrownBy(() -> parse("")).isInstanceOf(MediaWikiFormatException.class);
        assertThatThrownBy(() -> parse("<mediawiki><page><title>x</title><revision><id>q</id></revision></page></mediawiki>"))
                .isInstanceOf(MediaWikiFormatException.class).hasMessageContaining("revision id");
        String deep = "<mediawiki><page><title>x</title>" + "<a>".repeat(20_000) + "</a>".repeat(20_000) + "</page></mediawiki>";
        long start = System.nanoTime();
        assertThat(parse(deep).pages()).hasSize(1);
        assertThat((System.nanoTime() - start) / 1_000_000).as("hang guard, not a speed target").isLessThan(30_000);
    }

    @Test
    void roundTripGivesEqualRecordsOnBothSamples() throws IOException {
        for (String sample : List.of(COMMONS, MWXML)) {
            MediaWikiDump first = read(sample);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MediaWikiWriter.write(out, first.siteInfo(), first.pages());
            MediaWikiDump second = read(out.toByteArray());
            assertThat(second.schemaVersion()).isEqualTo("0.11");
            assertThat(second.siteInfo()).isEqualTo(first.siteInfo());
            assertThat(second.pages()).isEqualTo(first.pages());
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("http://www.mediawiki.org/xml/export-0.11/");
        }
    }

    @Test
    void roundTripKeepsCarriageReturnsAndSpecialCharacters() {
        WikiRevision rev = new WikiRevision(1, null, Instant.parse("2024-01-01T00:00:00Z"),
                new WikiContributor(null, null, "10.0.0.1", false), false, "a < b & c", "wikitext", "text/x-wiki",
                "line1\r\nline2 ]]> &amp; <x> \"q\" 'a' \u00e4\u20ac", null, null);
        WikiPage page = new WikiPage("T\u00e4st", 0, 5, null, List.of(rev));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaWikiWriter.write(out, null, List.of(page));
        assertThat(read(out.toByteArray()).pages()).containsExactly(page);
    }

    private static String sha1Base36(String text) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        String s = new BigInteger(1, digest).toString(36);
        return "0".repeat(Math.max(0, 31 - s.length())) + s;
    }
}
