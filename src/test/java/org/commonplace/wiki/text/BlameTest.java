package org.commonplace.wiki.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonplace.wiki.text.Blame.Revision;
import org.junit.jupiter.api.Test;

class BlameTest {

    @Test
    void eachLineIsAttributedToTheRevisionThatIntroducedOrLastChangedIt() {
        List<BlameLine> blame = Blame.of(List.of(
                new Revision(1, "ann", "title\nintro\nbody\n"),
                new Revision(2, "bob", "title\nintro, improved\nbody\n"),
                new Revision(3, "cy", "title\nintro, improved\nbody\nfooter\n"),
                new Revision(4, "ann", "title\nintro, improved\nfooter\n")));

        assertThat(blame).extracting(BlameLine::lineNumber, BlameLine::text, BlameLine::revision, BlameLine::author)
                .containsExactly(
                        tuple(1, "title", 1, "ann"),
                        tuple(2, "intro, improved", 2, "bob"),
                        tuple(3, "footer", 3, "cy"));
    }

    @Test
    void revertedTextIsAttributedToTheRevertingRevision() {
        List<BlameLine> blame = Blame.of(List.of(
                new Revision(1, "ann", "a\nb\n"),
                new Revision(2, "vandal", "a\nspam\n"),
                new Revision(3, "mod", "a\nb\n")));

        assertThat(blame).extracting(BlameLine::text, BlameLine::revision, BlameLine::author)
                .containsExactly(tuple("a", 1, "ann"), tuple("b", 3, "mod"));
    }

    @Test
    void unchangedRevisionsAndLineBreakStyleDoNotChangeAttribution() {
        List<BlameLine> blame = Blame.of(List.of(
                new Revision(1, "ann", "a\nb\n"),
                new Revision(2, "bob", "a\r\nb\r\n"),
                new Revision(3, "cy", "a\nb")));

        assertThat(blame).extracting(BlameLine::revision).containsExactly(1, 1);
    }

    @Test
    void emptyHistoryAndEmptyTextGiveNoLines() {
        assertThat(Blame.of(List.of())).isEmpty();
        assertThat(Blame.of(List.of(new Revision(1, "ann", "a\n"), new Revision(2, "bob", "")))).isEmpty();
    }

    @Test
    void textRestoredAfterBlankingIsAttributedToTheRestoringRevision() {
        List<BlameLine> blame = Blame.of(List.of(
                new Revision(1, "ann", "a\n"),
                new Revision(2, "bob", null),
                new Revision(3, "cy", "a\n")));

        assertThat(blame).extracting(BlameLine::revision).containsExactly(3);
    }

    @Test
    void revisionsOutOfOrderAreRejected() {
        assertThatThrownBy(() -> Blame.of(List.of(new Revision(2, "a", "x"), new Revision(2, "b", "y"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every line ever written is unique and names the revision that wrote it ("r17 ..."), so the correct
     * blame of each line can be read off the line itself.
     */
    @Test
    void longGeneratedHistoryIsAttributedCorrectlyWithinTenSeconds() {
        List<Revision> history = generatedHistory(new Random(42), 500, 300);

        List<BlameLine> blame = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Blame.of(history));

        String newest = history.get(history.size() - 1).text();
        assertThat(blame).hasSize(Lines.of(newest).size());
        assertThat(blame).allSatisfy(line -> {
            int writtenIn = Integer.parseInt(line.text().substring(1, line.text().indexOf(' ')));
            assertThat(line.revision()).as("revision of %s", line.text()).isEqualTo(writtenIn);
            assertThat(line.author()).isEqualTo("user" + (writtenIn % 7));
        });
        assertThat(blame).extracting(BlameLine::revision).contains(1).anyMatch(r -> r > 400);
    }

    private static List<Revision> generatedHistory(Random random, int revisions, int lines) {
        List<Revision> history = new ArrayList<>();
        List<String> text = new ArrayList<>();
        int counter = 0;
        for (int i = 0; i < lines; i++) {
            text.add("r1 line " + counter++);
        }
        history.add(new Revision(1, "user1", String.join("\n", text) + "\n"));
        for (int n = 2; n <= revisions; n++) {
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(text.size() + 1);
                int op = random.nextInt(3);
                if (op == 0 || text.isEmpty() || at == text.size()) {
                    text.add(at, "r" + n + " inserted " + counter++);
                } else if (op == 1 && text.size() > lines / 2) {
                    text.remove(at);
                } else {
                    text.set(at, "r" + n + " edited " + counter++);
                }
            }
            history.add(new Revision(n, "user" + (n % 7), String.join("\n", text) + "\n"));
        }
        return history;
    }
}
