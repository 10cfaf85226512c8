package org.commonplace.imports.mbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxSplitterTest {

    private static List<MboxEntry> split(byte[] bytes) {
        return new MboxSplitter().splitAll(new ByteArrayInputStream(bytes));
    }

    private static List<MboxEntry> split(String text) {
        return split(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void rlugHasFiveMessages() {
        List<MboxEntry> entries = split(MboxTestSupport.resource("mbox.rlug"));
        assertThat(entries).hasSize(5);
        assertThat(entries).extracting(MboxEntry::fromLine).containsOnly("From news@gmane.org Tue Mar 04 03:33:20 2003");
        assertThat(new String(entries.get(0).raw(), StandardCharsets.ISO_8859_1)).doesNotStartWith("From ")
                .endsWith("/mlist/\n\n\n\n\n").doesNotEndWith("/mlist/\n\n\n\n\n\n");
    }

    @Test
    void mboxrdEscapesAreUndone() {
        List<MboxEntry> entries = split(MboxTestSupport.resource("synthetic-mboxrd.mbox"));
        assertThat(entries).hasSize(2);
        String first = new String(entries.get(0).raw(), StandardCharsets.UTF_8);
        assertThat(first).contains("\nFrom the escaped line\n>From double escaped\n");
    }

    @Test
    void pipermailFromLinesWithAtAreSeparators() {
        String mbox = "From jdoe at example.org  Tue Jan  1 10:00:00 2008\n"
                + "From: jdoe at example.org (John Doe)\nSubject: [list] Hello\nDate: Tue, 1 Jan 2008 10:00:00 +0100\n"
                + "Message-ID: <p1@example.org>\n\nBody\nFrom here on a body line starts with From.\n\n"
                + "From ann at example.com  Tue Jan  1 11:00:00 2008\n"
                + "From: ann at example.com (Ann)\nSubject: Re: [list] Hello\nIn-Reply-To: <p1@example.org>\n\nReply\n";
        List<MboxEntry> entries = split(mbox);
        assertThat(entries).hasSize(2);
        assertThat(new String(entries.get(0).raw(), StandardCharsets.ISO_8859_1)).endsWith("From here on a body line starts with From.\n");

        MailMessage first = MailParser.parse(entries.get(0).raw());
        assertThat(first.fromAddress()).isEqualTo("jdoe@example.org");
        assertThat(first.fromName()).isEqualTo("John Doe");
        MailMessage second = MailParser.parse(entries.get(1).raw());
        assertThat(second.fromAddress()).isEqualTo("ann@example.com");
        assertThat(second.inReplyTo()).isEqualTo("p1@example.org");
    }

    @Test
    void fromInBodyWithoutBlankLineOrDateIsNotASeparator() {
        String mbox = "From a@b.c Mon Jan  1 00:00:00 2024\nSubject: x\n\nline\nFrom a@b.c Mon Jan  1 00:00:00 2024\n\n"
                + "From me to you\n\nFrom - Wed Apr 02 06:51:08 2014\nSubject: y\n\nz\n";
        List<MboxEntry> entries = split(mbox);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).fromLine()).isEqualTo("From - Wed Apr 02 06:51:08 2014");
    }

    @Test
    void fromLineRecognition() {
        assertThat(MboxSplitter.isFromLine("From news@gmane.org Tue Mar 04 03:33:20 2003")).isTrue();
        assertThat(MboxSplitter.isFromLine("From MAILER-DAEMON Fri Jul  8 12:08:34 2011")).isTrue();
        assertThat(MboxSplitter.isFromLine("From ???@??? Mon Jan 01 00:00:00 2001")).isTrue();
        assertThat(MboxSplitter.isFromLine("From jdoe at example.org  Tue Jan  1 10:00:00 2008")).isTrue();
        assertThat(MboxSplitter.isFromLine("From a@b Tue Jan  1 10:00:00 PST 2008")).isTrue();
        assertThat(MboxSplitter.isFromLine("From the top, everyone")).isFalse();
        assertThat(MboxSplitter.isFromLine("From: alice@example.org")).isFalse();
    }

    @Test
    void crlfFilesSplitToo() {
        String mbox = "From a@b.c Mon Jan  1 00:00:00 2024\r\nSubject: x\r\n\r\nbody\r\n\r\nFrom a@b.c Mon Jan  1 00:00:01 2024\r\nSubject: y\r\n\r\nb2\r\n";
        List<MboxEntry> entries = split(mbox);
        assertThat(entries).hasSize(2);
        assertThat(new String(entries.get(0).raw(), StandardCharsets.ISO_8859_1)).isEqualTo("Subject: x\r\n\r\nbody\r\n");
    }

    @Test
    void aSingleMessageAsShippedIsAMailboxOfOne() {
        for (String sample : List.of("german-qp.msg", "intl-encoded-words.msg")) {
            byte[] shipped = MboxTestSupport.resource(sample);
            assertThat(new String(shipped, StandardCharsets.ISO_8859_1)).as(sample).doesNotStartWith("From ");
            List<MboxEntry> entries = split(shipped);
            assertThat(entries).as(sample).hasSize(1);
            assertThat(entries.get(0).fromLine()).isEmpty();
            assertThat(entries.get(0).raw()).as(sample + " is taken whole, byte for byte").isEqualTo(shipped);
        }
        MailMessage german = MailParser.parse(split(MboxTestSupport.resource("german-qp.msg")).get(0).raw());
        assertThat(german.fromName()).isEqualTo("J\u00f6rn Reder");
        assertThat(german.subject()).isEqualTo("Testnachricht");
        assertThat(german.textBody()).contains("Gr\u00fc\u00dfe,");
        MailMessage intl = MailParser.parse(split(MboxTestSupport.resource("intl-encoded-words.msg")).get(0).raw());
        assertThat(intl.subject()).isEqualTo("If you can read this you understand the example... so, cool!");
        assertThat(intl.fromAddress()).isEqualTo("moore@cs.utk.edu");
    }

    @Test
    void aSingleMessageIsNotSplitFurtherNorUnescaped() {
        String msg = "\uFEFF\r\nMessage-ID: <one@example.org>\r\nSubject: lone\r\n\r\nbody\r\n\r\n"
                + "From a@b.c Mon Jan  1 00:00:00 2024\r\n>From quoted\r\n";
        List<MboxEntry> entries = split(msg.getBytes(StandardCharsets.UTF_8));
        assertThat(entries).hasSize(1);
        String raw = new String(entries.get(0).raw(), StandardCharsets.UTF_8);
        assertThat(raw).startsWith("Message-ID: <one@example.org>\r\n").endsWith("From a@b.c Mon Jan  1 00:00:00 2024\r\n>From quoted\r\n");
        assertThat(MailParser.parse(entries.get(0).raw()).messageId()).isEqualTo("one@example.org");
        // a header block with folded lines and no body at all
        assertThat(split("From: A <a@example.org>\nSubject: a long\n  folded subject\n")).hasSize(1);
    }

    @Test
    void filesThatAreNeitherMboxNorMailAreRefused() {
        assertThatThrownBy(() -> split("{\"members\": []}\n")).isInstanceOf(MboxFormatException.class)
                .hasMessageContaining("Not an mbox file").hasMessageContaining("not a single mail message").hasMessageContaining("line 1");
        assertThatThrownBy(() -> split("Subject: notes\nDate: today\n\nNo sender, no id.\n")).isInstanceOf(MboxFormatException.class)
                .hasMessageContaining("neither a From: nor a Message-ID:");
        assertThatThrownBy(() -> split("From: a@example.org\nThis line is prose, not a header\n\nbody\n"))
                .isInstanceOf(MboxFormatException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> split("  From: indented@example.org\n\nbody\n")).isInstanceOf(MboxFormatException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> split("From the top, everyone\nFrom: a@example.org\n\nx\n")).isInstanceOf(MboxFormatException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> split("<?xml version=\"1.0\"?>\n<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.8/\">\n</mediawiki>\n"))
                .isInstanceOf(MboxFormatException.class).hasMessageContaining("not a single mail message");
    }

    @Test
    void badInputFailsClearly() {
        assertThatThrownBy(() -> split("<html>not an mbox</html>\n")).isInstanceOf(MboxFormatException.class)
                .hasMessageContaining("Not an mbox");
        byte[] big = ("From a@b.c Mon Jan  1 00:00:00 2024\n" + "x".repeat(5000) + "\n").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> new MboxSplitter(1000, true).splitAll(new ByteArrayInputStream(big)))
                .isInstanceOf(MboxFormatException.class).hasMessageContaining("1000");
        assertThat(split("")).isEmpty();
    }
}
