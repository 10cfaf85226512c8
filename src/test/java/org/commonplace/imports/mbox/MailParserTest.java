package org.commonplace.imports.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailParserTest {

    private static MailMessage parse(String raw) {
        return MailParser.parse(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void germanQuotedPrintableDecodesUmlauts() {
        MailMessage m = MailParser.parse(MboxTestSupport.resource("german-qp.msg"));
        assertThat(m.fromName()).isEqualTo("J\u00f6rn Reder");
        assertThat(m.fromAddress()).isEqualTo("joern@zyn.de");
        assertThat(m.subject()).isEqualTo("Testnachricht");
        assertThat(m.textBody()).contains("8 Bit S\u00f6nderz\u00e4ichen, und obendrein noch \n")
                .contains("Gr\u00fc\u00dfe,").contains("J\u00f6rn");
        assertThat(m.date()).isEqualTo(Instant.parse("2005-12-21T21:02:44Z"));
        assertThat(m.messageIdSynthesised()).isTrue();
        assertThat(m.messageId()).endsWith("@" + MailParser.SYNTHETIC_DOMAIN)
                .isEqualTo(MailParser.parse(MboxTestSupport.resource("german-qp.msg")).messageId());

        MailBodyParts parts = MailBodyParts.split(m.textBody());
        assertThat(parts.body()).startsWith("Hallo,").endsWith("J\u00f6rn");
        assertThat(parts.signature()).contains("Debian GNU/Linux");
    }

    @Test
    void intlEncodedWordsSubjectDecodes() {
        MailMessage m = MailParser.parse(MboxTestSupport.resource("intl-encoded-words.msg"));
        assertThat(m.subject()).isEqualTo("If you can read this you understand the example... so, cool!");
        assertThat(m.fromName()).isEqualTo("Keith Moore");
        assertThat(m.fromAddress()).isEqualTo("moore@cs.utk.edu");
        assertThat(m.textBody().strip()).isEqualTo("How's this?");
    }

    @Test
    void syntheticMboxrdMessages() {
        List<MboxEntry> entries = new MboxSplitter().splitAll(new ByteArrayInputStream(MboxTestSupport.resource("synthetic-mboxrd.mbox")));
        MailMessage first = MailParser.parse(entries.get(0).raw());
        assertThat(first.fromName()).isEqualTo("J\u00f6rg");
        assertThat(first.subject()).isEqualTo("Hello w\u00f6rld");
        assertThat(first.textBody()).contains("From the escaped line\n>From double escaped\nS\u00fc\u00df softbreak");
        assertThat(first.messageId()).isEqualTo("a1@example.org");
        MailMessage second = MailParser.parse(entries.get(1).raw());
        assertThat(second.inReplyTo()).isEqualTo("a1@example.org");
        assertThat(second.references()).containsExactly("a1@example.org");
        assertThat(second.textBody()).isEqualTo("plain part");
        assertThat(second.htmlBody()).isEqualTo("<p>html part</p>");
        assertThat(second.date()).isNull();
    }

    @Test
    void raw8BitHeadersAndCharsetAliases() {
        byte[] raw = ("Subject: Caf\u00e9 cr\u00e8me\nFrom: Ren\u00e9 <r@example.org>\nContent-Type: text/plain; charset=iso-8859-1\n\n\u20ac price\n")
                .getBytes(MailCharsets.WINDOWS_1252);
        MailMessage m = MailParser.parse(raw);
        assertThat(m.subject()).isEqualTo("Caf\u00e9 cr\u00e8me");
        assertThat(m.fromName()).isEqualTo("Ren\u00e9");
        assertThat(m.textBody()).isEqualTo("\u20ac price\n");
        assertThat(MailCharsets.lookup("gb2312").name()).isEqualTo("GBK");
        assertThat(MailCharsets.lookup("ks_c_5601-1987")).isNotNull();
        assertThat(MailCharsets.lookup("no-such-charset")).isNull();
        assertThat(MailParser.decodeWords("=?ks_c_5601-1987?B?x9GxuQ==?=")).isEqualTo("\ud55c\uad6d");
    }

    @Test
    void base64AndFormatFlowedAndAttachments() {
        String raw = "Message-ID: <m1@x>\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
                + "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\nContent-Transfer-Encoding: 8bit\n\n"
                + "This is a long \nline that flows.\n> quoted \n> flowed\n-- \nsig\n--b\n"
                + "Content-Type: application/pdf; name=\"a.pdf\"\nContent-Disposition: attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf\n"
                + "Content-Transfer-Encoding: base64\n\nJVBERg==\n--b--\n";
        MailMessage m = parse(raw);
        assertThat(m.textBody()).isEqualTo("This is a longline that flows.\n> quotedflowed\n-- \nsig");
        assertThat(m.attachments()).hasSize(1);
        assertThat(m.attachments().get(0).mimeType()).isEqualTo("application/pdf");
        assertThat(m.attachments().get(0).size()).isEqualTo(4);
        assertThat(m.attachments().get(0).filename()).isEqualTo("r\u00e9sum\u00e9.pdf");
        assertThat(FlowedText.decode("a \nb\n", false)).isEqualTo("a b\n");
    }

    @Test
    void datesAreLenient() {
        assertThat(MailParser.parseDate("Fri, 7 Feb 2003 18:35:25 +0200")).isEqualTo(Instant.parse("2003-02-07T16:35:25Z"));
        assertThat(MailParser.parseDate("08 Feb 2003 01:58:32 +0200")).isEqualTo(Instant.parse("2003-02-07T23:58:32Z"));
        assertThat(MailParser.parseDate("Tue, 1 Jan 08 10:00 EST (Eastern)")).isEqualTo(Instant.parse("2008-01-01T15:00:00Z"));
        assertThat(MailParser.parseDate("garbage")).isNull();
    }

    @Test
    void quotesAndSignaturesAreSeparated() {
        MailBodyParts parts = MailBodyParts.split("I agree.\n\nOn Mon, Bob wrote:\n> old text\n> more\n\nThanks\n-- \nAlice\nexample.org");
        assertThat(parts.body()).isEqualTo("I agree.\n\nThanks");
        assertThat(parts.quoted()).isEqualTo("On Mon, Bob wrote:\n> old text\n> more");
        assertThat(parts.signature()).isEqualTo("Alice\nexample.org");
        assertThat(MailBodyParts.split("")).isEqualTo(new MailBodyParts("", "", ""));
    }

    @Test
    void garbageInputStillGivesAMessageQuickly() {
        byte[] junk = new byte[200_000];
        new java.util.Random(1).nextBytes(junk);
        long start = System.nanoTime();
        MailMessage m = MailParser.parse(junk);
        assertThat(m.messageIdSynthesised()).isTrue();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }
}
