package org.commonplace.wiki.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final String BASE = "one\ntwo\nthree\nfour\nfive\n";

    @Test
    void staleEditIsMergedWhenHunksDoNotOverlap() {
        String theirs = "ONE\ntwo\nthree\nfour\nfive\n";
        String mine = "one\ntwo\nthree\nfour\nFIVE\n";

        MergeResult result = ThreeWayMerge.merge(BASE, theirs, mine);

        assertThat(result.clean()).isTrue();
        assertThat(result.text()).isEqualTo("ONE\ntwo\nthree\nfour\nFIVE\n");
        assertThat(result.textWithMarkers()).isEqualTo(result.text());
    }

    @Test
    void overlappingEditsConflictAndKeepBothTexts() {
        String theirs = "one\ntwo\nTHREE (theirs)\nfour\nfive\n";
        String mine = "one\ntwo\nthree, mine\nfour\nfive\n";

        MergeResult result = ThreeWayMerge.merge(BASE, theirs, mine);

        assertThat(result.clean()).isFalse();
        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.base()).containsExactly("three");
            assertThat(c.theirs()).containsExactly("THREE (theirs)");
            assertThat(c.mine()).containsExactly("three, mine");
            assertThat(c.baseLine()).isEqualTo(3);
            assertThat(c.theirsLine()).isEqualTo(3);
            assertThat(c.mineLine()).isEqualTo(3);
        });
        assertThat(result.textWithMarkers("theirs (r7)", "yours")).isEqualTo(
                "one\ntwo\n<<<<<<< theirs (r7)\nTHREE (theirs)\n=======\nthree, mine\n>>>>>>> yours\nfour\nfive\n");
    }

    @Test
    void conflictedResultRefusesToGiveACleanText() {
        MergeResult result = ThreeWayMerge.merge("a\n", "b\n", "c\n");

        assertThatThrownBy(result::text).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void identicalChangesOnBothSidesAreTakenOnce() {
        String both = "one\ntwo\nthree and a half\nfour\nfive\n";

        MergeResult result = ThreeWayMerge.merge(BASE, both, both);

        assertThat(result.clean()).isTrue();
        assertThat(result.text()).isEqualTo(both);
    }

    @Test
    void insertionsAtTheSamePlaceConflictUnlessIdentical() {
        String theirs = "one\ntwo\ntheir new line\nthree\nfour\nfive\n";
        String mine = "one\ntwo\nmy new line\nthree\nfour\nfive\n";

        MergeResult different = ThreeWayMerge.merge(BASE, theirs, mine);
        MergeResult same = ThreeWayMerge.merge(BASE, theirs, theirs);

        assertThat(different.clean()).isFalse();
        assertThat(different.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.base()).isEmpty();
            assertThat(c.theirs()).containsExactly("their new line");
            assertThat(c.mine()).containsExactly("my new line");
            assertThat(c.baseLine()).isEqualTo(3);
        });
        assertThat(same.clean()).isTrue();
        assertThat(same.text()).isEqualTo(theirs);
    }

    @Test
    void deletingLinesTheOtherSideChangedIsAConflict() {
        String theirs = "one\nfour\nfive\n";
        String mine = "one\ntwo\nthree (edited)\nfour\nfive\n";

        MergeResult result = ThreeWayMerge.merge(BASE, theirs, mine);

        assertThat(result.clean()).isFalse();
        Conflict conflict = result.conflicts().get(0);
        assertThat(conflict.base()).containsExactly("two", "three");
        assertThat(conflict.theirs()).isEmpty();
        assertThat(conflict.mine()).containsExactly("two", "three (edited)");
        assertThat(result.textWithMarkers()).contains("three (edited)");
    }

    @Test
    void deletionAndDistantChangeMergeCleanly() {
        String theirs = "two\nthree\nfour\nfive\n";
        String mine = "one\ntwo\nthree\nfour\nfive!\n";

        MergeResult result = ThreeWayMerge.merge(BASE, theirs, mine);

        assertThat(result.text()).isEqualTo("two\nthree\nfour\nfive!\n");
    }

    @Test
    void adjacentChangesWithNoUntouchedLineBetweenConflict() {
        String theirs = "one\ntwo\nTHREE\nfour\nfive\n";
        String mine = "one\ntwo\nthree\nFOUR\nfive\n";

        assertThat(ThreeWayMerge.merge(BASE, theirs, mine).clean()).isFalse();
    }

    @Test
    void conflictLinePositionsFollowEachSidesOwnText() {
        String base = "a\nb\nc\nd\ne\n";
        String theirs = "a\nx1\nx2\nx3\nb\nc\nd\nTHEIRS\n";
        String mine = "b\nc\nd\nMINE\n";

        MergeResult result = ThreeWayMerge.merge(base, theirs, mine);

        assertThat(result.conflicts()).hasSize(2);
        Conflict atEnd = result.conflicts().get(1);
        assertThat(atEnd.baseLine()).isEqualTo(5);
        assertThat(atEnd.theirsLine()).isEqualTo(8);
        assertThat(atEnd.mineLine()).isEqualTo(4);
        assertThat(atEnd.theirsText()).isEqualTo("THEIRS");
        assertThat(atEnd.mineText()).isEqualTo("MINE");
    }

    @Test
    void pagesCreatedConcurrentlyWithEmptyBaseConflictUnlessIdentical() {
        MergeResult different = ThreeWayMerge.merge("", "Hello\n", "Welcome\n");
        MergeResult same = ThreeWayMerge.merge(null, "Hello\n", "Hello\n");
        MergeResult oneSide = ThreeWayMerge.merge("", "", "Welcome\n");

        assertThat(different.clean()).isFalse();
        assertThat(different.textWithMarkers("theirs (r1)", "yours"))
                .isEqualTo("<<<<<<< theirs (r1)\nHello\n=======\nWelcome\n>>>>>>> yours\n");
        assertThat(same.text()).isEqualTo("Hello\n");
        assertThat(oneSide.text()).isEqualTo("Welcome\n");
    }

    @Test
    void crlfSubmissionMergesWithLfRevisionsAndResultUsesLf() {
        String theirs = "ONE\ntwo\nthree\nfour\nfive\n";
        String mineCrlf = "one\r\ntwo\r\nthree\r\nfour\r\nFIVE\r\n";

        MergeResult result = ThreeWayMerge.merge(BASE.replace("\n", "\r\n"), theirs, mineCrlf);

        assertThat(result.clean()).isTrue();
        assertThat(result.text()).isEqualTo("ONE\ntwo\nthree\nfour\nFIVE\n").doesNotContain("\r");
    }

    @Test
    void trailingNewlineAddedByOneSideSurvivesOtherSidesEdit() {
        String base = "a\nb\nc";
        String theirs = "a\nb\nc\n";
        String mine = "A\nb\nc";

        MergeResult result = ThreeWayMerge.merge(base, theirs, mine);

        assertThat(result.text()).isEqualTo("A\nb\nc\n");
    }

    @Test
    void trailingNewlineRemovedByMineIsKept() {
        MergeResult result = ThreeWayMerge.merge("a\nb\nc\n", "A\nb\nc\n", "a\nb\nc");

        assertThat(result.text()).isEqualTo("A\nb\nc");
    }

    @Test
    void unchangedSideYieldsTheOtherSideExactly() {
        String mine = "x\none\nthree\n";

        assertThat(ThreeWayMerge.merge(BASE, BASE, mine).text()).isEqualTo(mine);
        assertThat(ThreeWayMerge.merge(BASE, mine, BASE).text()).isEqualTo(mine);
    }

    @Test
    void partsListResolvedRunsAndConflictsInOrder() {
        MergeResult result = ThreeWayMerge.merge(BASE, "one\ntwo\nT\nfour\nfive\n", "one\ntwo\nM\nfour\nfive\n");

        assertThat(result.parts()).hasSize(3);
        assertThat(result.parts().get(0)).isEqualTo(new MergeResult.Resolved(List.of("one", "two")));
        assertThat(result.parts().get(1)).isInstanceOf(Conflict.class);
        assertThat(result.parts().get(2)).isEqualTo(new MergeResult.Resolved(List.of("four", "five")));
    }

    @Test
    void bothSidesDeletingEverythingGivesEmptyText() {
        assertThat(ThreeWayMerge.merge(BASE, "", "").text()).isEmpty();
    }
}
