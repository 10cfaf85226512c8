package org.commonplace.imports.mbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwzThreaderTest {

    private static List<MailMessage> rlug() {
        return new MboxSplitter().splitAll(new ByteArrayInputStream(MboxTestSupport.resource("mbox.rlug"))).stream()
                .map(e -> MailParser.parse(e.raw())).toList();
    }

    private static MailMessage msg(String id, String subject, String date, String inReplyTo, String... refs) {
        return new MailMessage(id, false, inReplyTo, List.of(refs), date == null ? null : Instant.parse(date), null,
                "a@example.org", subject, "", null, List.of());
    }

    @Test
    void rlugThreads() {
        List<MailMessage> messages = rlug();
        assertThat(messages).extracting(MailMessage::subject).containsExactly(
                "Din windows ma pot, din LINUX NU ma pot conecta (la ZAPP)", "Re: RH 8.0 boot floppy",
                "Qmail mysql virtualusers +ssl + smtp auth +pop3",
                "Re: Din windows ma pot, din LINUX NU ma pot conecta (la ZAPP)", "LSTP problem - solved");
        assertThat(messages.get(1).references()).hasSize(4);

        List<MailThread> threads = new JwzThreader(false).thread(messages);

        assertThat(threads).hasSize(4);
        MailThread zapp = threads.get(0);
        assertThat(zapp.messageId()).isEqualTo("001401c2cec7$4eb5b460$941c10ac@ok6f6gr01ta4hv");
        assertThat(zapp.children()).extracting(MailThread::messageId).containsExactly("20030208014131.00fd30ce.teo.55@home.ro");
        MailThread floppy = threads.get(1);
        assertThat(floppy.isPlaceholder()).isFalse();
        assertThat(floppy.messageId()).isEqualTo("3E43EB00.7040006@pcnet.ro");
        assertThat(threads.stream().mapToInt(MailThread::messageCount).sum()).isEqualTo(5);
        assertThat(threads).extracting(MailThread::earliestDate).isSorted();
    }

    @Test
    void placeholderKeepsSiblingsTogetherWhenParentIsAbsent() {
        List<MailThread> threads = new JwzThreader(false).thread(List.of(
                msg("b", "Re: x", "2024-01-02T00:00:00Z", null, "missing", "a"),
                msg("c", "Re: x", "2024-01-01T00:00:00Z", "missing", "missing")));
        assertThat(threads).hasSize(1);
        MailThread root = threads.get(0);
        assertThat(root.isPlaceholder()).isTrue();
        assertThat(root.messageId()).isEqualTo("missing");
        assertThat(root.children()).extracting(MailThread::messageId).containsExactly("c", "b");
    }

    @Test
    void cyclesInReferencesAreRefused() {
        List<MailThread> threads = new JwzThreader(false).thread(List.of(
                msg("a", "x", "2024-01-01T00:00:00Z", "b", "b"),
                msg("b", "Re: x", "2024-01-02T00:00:00Z", "a", "a"),
                msg("c", "Re: x", "2024-01-03T00:00:00Z", null, "c", "c")));
        assertThat(threads.stream().mapToInt(MailThread::messageCount).sum()).isEqualTo(3);
        assertThat(threads).extracting(MailThread::messageId).contains("c");
        MailThread ab = threads.stream().filter(t -> t.messageId().equals("a") || t.messageId().equals("b")).findFirst().orElseThrow();
        assertThat(ab.children()).hasSize(1);
        assertThat(ab.children().get(0).children()).isEmpty();
    }

    @Test
    void subjectGroupingIsOptional() {
        List<MailMessage> messages = List.of(
                msg("a", "[rlug] Help with X", "2024-01-01T00:00:00Z", null),
                msg("b", "AW: Re: [rlug] help with x", "2024-01-02T00:00:00Z", null),
                msg("c", "Help with X", "2024-01-03T00:00:00Z", null));
        assertThat(new JwzThreader(false).thread(messages)).hasSize(3);
        List<MailThread> grouped = new JwzThreader(true).thread(messages);
        assertThat(grouped).hasSize(2);
        assertThat(grouped.get(0).children()).extracting(MailThread::messageId).containsExactly("b");
        assertThat(JwzThreader.normaliseSubject("Re: Fwd: SV: [list] Topic")).isEqualTo("topic");
    }

    @Test
    void duplicateIdsAndMissingDatesSurvive() {
        List<MailThread> threads = new JwzThreader(false).thread(List.of(
                msg("a", "x", null, null), msg("a", "x again", "2024-01-01T00:00:00Z", null),
                msg("r", "Re: x", "2024-01-02T00:00:00Z", "a")));
        assertThat(threads.stream().mapToInt(MailThread::messageCount).sum()).isEqualTo(3);
        assertThat(threads).hasSize(2);
        assertThat(threads).extracting(MailThread::messageId).containsExactly("a#2", "a");
    }

    @Test
    void replyArrivingBeforeParentIsAttached() {
        List<MailThread> threads = new JwzThreader(false).thread(List.of(
                msg("r", "Re: x", "2024-01-02T00:00:00Z", "p", "p"), msg("p", "x", "2024-01-01T00:00:00Z", null)));
        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).messageId()).isEqualTo("p");
        assertThat(threads.get(0).children()).extracting(MailThread::messageId).containsExactly("r");
    }
}
