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
    void badInputFailsClearly() {
        assertThatThrownBy(() -> split("<html>not an mbox</html>\n")).isInstanceOf(MboxFormatException.class)
                .hasMessageContaining("Not an mbox");
        byte[] big = ("From a@b.c Mon Jan  1 00:00:00 2024\n" + "x".repeat(5000) + "\n").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> new MboxSplitter(1000, true).splitAll(new ByteArrayInputStream(big)))
                .isInstanceOf(MboxFormatException.class).hasMessageContaining("1000");
        assertThat(split("")).isEmpty();
    }
}
