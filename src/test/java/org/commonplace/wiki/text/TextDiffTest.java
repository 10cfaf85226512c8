package org.commonplace.wiki.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonplace.wiki.text.DiffRow.Type;
import org.commonplace.wiki.text.Segment.Kind;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static String joined(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }

    @Test
    void identicalTextsGiveOnlyEqualRowsAndNoHunks() {
        TextDiff diff = TextDiff.of("a\nb\n", "a\nb\n");

        assertThat(diff.rows()).extracting(DiffRow::type).containsExactly(Type.EQUAL, Type.EQUAL);
        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.hunks(3)).isEmpty();
        assertThat(diff.stats()).isEqualTo(new DiffStats(0, 0));
    }

    @Test
    void rowsCarryTypesAndLineNumbersOfBothSides() {
        TextDiff diff = TextDiff.of("keep\ngone\nsame\n", "keep\nsame\nnew\n");

        assertThat(diff.rows()).extracting(DiffRow::type, DiffRow::oldLine, DiffRow::newLine)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Type.EQUAL, 1, 1),
                        org.assertj.core.groups.Tuple.tuple(Type.DELETE, 2, 0),
                        org.assertj.core.groups.Tuple.tuple(Type.EQUAL, 3, 2),
                        org.assertj.core.groups.Tuple.tuple(Type.INSERT, 0, 3));
        assertThat(diff.stats()).isEqualTo(new DiffStats(1, 1));
    }

    @Test
    void changedLineGetsWordSegmentsThatReproduceBothLines() {
        String oldLine = "The quick brown fox, jumps.";
        String newLine = "The slow brown fox; jumps!";
        DiffRow row = TextDiff.of(oldLine, newLine).rows().get(0);

        assertThat(row.type()).isEqualTo(Type.CHANGE);
        assertThat(joined(row.oldSegments())).isEqualTo(oldLine);
        assertThat(joined(row.newSegments())).isEqualTo(newLine);
        assertThat(row.oldSegments()).contains(new Segment("quick", Kind.REMOVED), new Segment(",", Kind.REMOVED));
        assertThat(row.newSegments()).contains(new Segment("slow", Kind.ADDED), new Segment(";", Kind.ADDED));
        assertThat(row.oldSegments()).extracting(Segment::kind).doesNotContain(Kind.ADDED);
        assertThat(row.newSegments()).extracting(Segment::kind).doesNotContain(Kind.REMOVED);
        assertThat(row.oldSegments().get(0)).isEqualTo(new Segment("The ", Kind.SAME));
    }

    @Test
    void segmentTextIsRawTextWithoutMarkup() {
        DiffRow row = TextDiff.of("a <b>x</b> & c", "a <b>y</b> & c").rows().get(0);

        assertThat(joined(row.oldSegments())).isEqualTo("a <b>x</b> & c");
        assertThat(row.newSegments()).contains(new Segment("y", Kind.ADDED));
        assertThat(joined(row.newSegments())).doesNotContain("&amp;").doesNotContain("<ins>").doesNotContain("<del>");
    }

    @Test
    void tokenizerKeepsWhitespaceAndPunctuationAndNonLatinWords() {
        String line = "  héllo,\twörld — 42_x 日本語 😀!";

        List<String> tokens = TextDiff.tokenize(line);

        assertThat(String.join("", tokens)).isEqualTo(line);
        assertThat(tokens).contains("  ", "héllo", ",", "\t", "wörld", "—", "42_x", "日本語", "😀", "!");
    }

    @Test
    void unevenChangeBlockPairsLinesThenShowsSurplusAsInsertions() {
        TextDiff diff = TextDiff.of("a\nold one\nz\n", "a\nnew one\nextra\nz\n");

        assertThat(diff.rows()).extracting(DiffRow::type)
                .containsExactly(Type.EQUAL, Type.CHANGE, Type.INSERT, Type.EQUAL);
        assertThat(diff.stats()).isEqualTo(new DiffStats(2, 1));
    }

    @Test
    void hunksFoldDistantUnchangedLinesAndCountThem() {
        String oldText = numbered(1, 30);
        String newText = oldText.replace("line 5\n", "line five\n").replace("line 25\n", "line twenty-five\n");

        List<Hunk> hunks = TextDiff.of(oldText, newText).hunks(2);

        assertThat(hunks).hasSize(2);
        Hunk first = hunks.get(0);
        assertThat(first.skippedBefore()).isEqualTo(2);
        assertThat(first.rows()).hasSize(5);
        assertThat(first.header()).isEqualTo("@@ -3,5 +3,5 @@");
        assertThat(first.skippedAfter()).isZero();
        Hunk second = hunks.get(1);
        assertThat(second.skippedBefore()).isEqualTo(15);
        assertThat(second.oldStart()).isEqualTo(23);
        assertThat(second.skippedAfter()).isEqualTo(3);
        int shown = hunks.stream().mapToInt(h -> h.rows().size() + h.skippedBefore() + h.skippedAfter()).sum();
        assertThat(shown).isEqualTo(30);
    }

    @Test
    void nearbyChangesShareOneHunk() {
        String oldText = numbered(1, 20);
        String newText = oldText.replace("line 8\n", "eight\n").replace("line 12\n", "twelve\n");

        List<Hunk> hunks = TextDiff.of(oldText, newText).hunks(2);

        assertThat(hunks).hasSize(1);
        assertThat(hunks.get(0).rows()).hasSize(9);
        assertThat(hunks.get(0).skippedBefore()).isEqualTo(5);
        assertThat(hunks.get(0).skippedAfter()).isEqualTo(6);
    }

    @Test
    void zeroContextHunkForPureInsertionUsesLineBeforeAsStart() {
        List<Hunk> hunks = TextDiff.of("a\nb\n", "a\nnew\nb\n").hunks(0);

        assertThat(hunks).singleElement().satisfies(h -> {
            assertThat(h.header()).isEqualTo("@@ -1,0 +2,1 @@");
            assertThat(h.skippedBefore()).isEqualTo(1);
            assertThat(h.skippedAfter()).isEqualTo(1);
        });
    }

    @Test
    void negativeContextIsRejected() {
        assertThatThrownBy(() -> TextDiff.of("a", "b").hunks(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void crlfAndLfTextsWithSameLinesAreEqual() {
        TextDiff diff = TextDiff.of("a\r\nb\r\n", "a\nb\n");

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.trailingNewlineChanged()).isFalse();
    }

    @Test
    void missingFinalLineBreakIsReportedSeparatelyNotAsChangedLine() {
        TextDiff diff = TextDiff.of("a\nb", "a\nb\n");

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.trailingNewlineChanged()).isTrue();
    }

    @Test
    void emptyOldTextShowsEveryLineAsInserted() {
        TextDiff diff = TextDiff.of("", "x\ny\n");

        assertThat(diff.rows()).extracting(DiffRow::type).containsExactly(Type.INSERT, Type.INSERT);
        assertThat(diff.rows()).allSatisfy(r -> assertThat(r.hasOld()).isFalse());
        assertThat(diff.stats()).isEqualTo(new DiffStats(2, 0));
    }

    @Test
    void rowsAndSegmentsReproduceBothTextsForRandomEdits() {
        Random random = new Random(7);
        String[] words = {"alpha", "beta", " ", "  ", ",", ".", "gamma", "δέλτα", "\t", "<b>", "&", "42"};
        for (int c = 0; c < 300; c++) {
            List<String> oldLines = new ArrayList<>();
            for (int i = random.nextInt(15); i > 0; i--) {
                oldLines.add(randomLine(random, words));
            }
            List<String> newLines = new ArrayList<>(oldLines);
            for (int e = random.nextInt(5); e > 0; e--) {
                int at = random.nextInt(newLines.size() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> newLines.add(at, randomLine(random, words));
                    case 1 -> {
                        if (at < newLines.size()) {
                            newLines.remove(at);
                        }
                    }
                    default -> {
                        if (at < newLines.size()) {
                            newLines.set(at, newLines.get(at) + randomLine(random, words));
                        }
                    }
                }
            }
            String oldText = String.join("\n", oldLines);
            String newText = String.join("\n", newLines);
            TextDiff diff = TextDiff.of(oldText, newText);

            List<String> oldSide = new ArrayList<>();
            List<String> newSide = new ArrayList<>();
            for (DiffRow row : diff.rows()) {
                if (row.hasOld()) {
                    assertThat(row.oldLine()).isEqualTo(oldSide.size() + 1);
                    assertThat(joined(row.oldSegments())).isEqualTo(row.oldText());
                    oldSide.add(row.oldText());
                }
                if (row.hasNew()) {
                    assertThat(row.newLine()).isEqualTo(newSide.size() + 1);
                    assertThat(joined(row.newSegments())).isEqualTo(row.newText());
                    newSide.add(row.newText());
                }
            }
            assertThat(oldSide).isEqualTo(Lines.of(oldText).lines());
            assertThat(newSide).isEqualTo(Lines.of(newText).lines());
            int folded = diff.hunks(1).stream()
                    .mapToInt(h -> h.skippedBefore() + h.rows().size() + h.skippedAfter()).sum();
            assertThat(folded).isEqualTo(diff.hasChanges() ? diff.rows().size() : 0);
        }
    }

    private static String randomLine(Random random, String[] words) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            sb.append(words[random.nextInt(words.length)]);
        }
        return sb.toString();
    }
}
