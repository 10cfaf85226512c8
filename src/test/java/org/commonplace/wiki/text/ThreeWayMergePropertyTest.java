package org.commonplace.wiki.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/**
 * Randomised check that merging two edits of the same base never loses an edit (reliability.md, "edit
 * conflicts"). Each case takes a random base text and two random edit scripts (insert lines before a
 * base line, delete a base line, replace a base line by new lines; some operations are shared by both
 * sides, the mine side is sometimes submitted with CRLF, and either side may add or drop the final line
 * break). Every line an edit writes is unique, so it can be found in the output.
 *
 * <p>Invariants, for every case:
 * <ol>
 *   <li><b>identity</b>: if one side made no edit, the merge is clean and equals the other side; if
 *       both made the same edits, it is clean and equals either;</li>
 *   <li><b>no lost insertion</b>: every line written by either side appears in the output
 *       ({@code text()} when clean, {@code textWithMarkers()} otherwise);</li>
 *   <li><b>conflicts keep both texts</b>: each conflict's base, their and my chunks are exactly the lines
 *       of the base, their and my text at the reported positions, and {@code textWithMarkers()} contains
 *       both chunks in full between the markers;</li>
 * </ol>
 * and, when the base lines are all distinct (so the diff of each side is exactly its script):
 * <ol start="4">
 *   <li><b>disjoint edits merge</b>: if every change of one side is separated from every change of the
 *       other by at least one base line that neither touched, the merge is clean and equals the base with
 *       both scripts applied;</li>
 *   <li><b>clean means both applied</b>: whenever the merge is clean, the result equals the base with both
 *       scripts applied (identical operations applied once), so no deleted base line comes back and no
 *       kept base line disappears.</li>
 * </ol>
 * A violation of 2, 3 or 5 is counted as a lost edit. The figures are reported in the dynamic test's
 * display name and through the {@link TestReporter}.
 */
class ThreeWayMergePropertyTest {

    private static final long SEED = 20240611L;
    private static final int PAIRS = 2_000;
    private static final String THEIRS_LABEL = "theirs (r2)";
    private static final String MINE_LABEL = "yours";

    @TestFactory
    Stream<DynamicTest> randomEditPairsNeverLoseAnEdit(TestReporter reporter) {
        Figures figures = new Figures();
        Random random = new Random(SEED);
        for (int i = 0; i < PAIRS; i++) {
            runCase(i, random, figures);
        }
        String name = String.format(Locale.ROOT,
                "%d random edit pairs (seed %d): %.1f%% merged cleanly, %d/%d disjoint pairs clean, "
                        + "%d conflicts, lost edits %d",
                PAIRS, SEED, 100.0 * figures.clean / PAIRS, figures.disjointClean, figures.disjoint,
                figures.conflicts, figures.lostEdits);
        reporter.publishEntry("mergeProperty", name);
        return Stream.of(DynamicTest.dynamicTest(name, () -> {
            assertThat(figures.violations).as(name).isEmpty();
            assertThat(figures.lostEdits).as(name).isZero();
            assertThat(figures.disjointClean).as(name).isEqualTo(figures.disjoint);
            assertThat(figures.clean).as("some merges must be clean and some conflicted: " + name)
                    .isBetween(1, PAIRS - 1);
        }));
    }

    private static final class Figures {
        int clean;
        int disjoint;
        int disjointClean;
        int conflicts;
        int lostEdits;
        final List<String> violations = new ArrayList<>();

        void violation(int caseNo, String what, boolean lostEdit, String base, String theirs, String mine) {
            if (lostEdit) {
                lostEdits++;
            }
            if (violations.size() < 5) {
                violations.add("case " + caseNo + ": " + what + "\n--- base\n" + base + "--- theirs\n" + theirs
                        + "--- mine\n" + mine);
            }
        }
    }

    /** Operations of one side, keyed by base line index: insertions before it, and its replacement. */
    private static final class Script {
        final Map<Integer, List<String>> insertBefore = new TreeMap<>();
        final Map<Integer, List<String>> replace = new TreeMap<>();
        boolean flipTrailingNewline;

        boolean isEmpty() {
            return insertBefore.isEmpty() && replace.isEmpty();
        }

        List<String> apply(List<String> base) {
            List<String> out = new ArrayList<>();
            for (int p = 0; p <= base.size(); p++) {
                out.addAll(insertBefore.getOrDefault(p, List.of()));
                if (p < base.size()) {
                    out.addAll(replace.getOrDefault(p, List.of(base.get(p))));
                }
            }
            return out;
        }

        Set<String> written() {
            Set<String> lines = new LinkedHashSet<>();
            insertBefore.values().forEach(lines::addAll);
            replace.values().forEach(lines::addAll);
            return lines;
        }

        /** Touched base ranges as [start, end): an insertion before p is [p, p), a replacement of i is [i, i+1). */
        List<int[]> touched() {
            List<int[]> ranges = new ArrayList<>();
            insertBefore.keySet().forEach(p -> ranges.add(new int[] {p, p}));
            replace.keySet().forEach(i -> ranges.add(new int[] {i, i + 1}));
            return ranges;
        }
    }

    private static void runCase(int caseNo, Random random, Figures figures) {
        boolean distinctBase = random.nextInt(4) != 0;
        List<String> base = randomBase(caseNo, random, distinctBase);
        boolean baseTrailing = random.nextInt(10) != 0;
        Script theirs = new Script();
        Script mine = new Script();
        int[] counter = {0};
        fillScripts(caseNo, random, base.size(), theirs, mine, counter);

        String baseText = Lines.join(base, baseTrailing);
        List<String> theirLines = theirs.apply(base);
        List<String> myLines = mine.apply(base);
        String theirText = Lines.join(theirLines, baseTrailing ^ theirs.flipTrailingNewline);
        String myText = Lines.join(myLines, baseTrailing ^ mine.flipTrailingNewline);
        if (random.nextInt(5) == 0) {
            myText = myText.replace("\n", "\r\n");
        }

        MergeResult result = ThreeWayMerge.merge(baseText, theirText, myText);
        String output = result.clean() ? result.text() : result.textWithMarkers(THEIRS_LABEL, MINE_LABEL);
        if (result.clean()) {
            figures.clean++;
        }
        figures.conflicts += result.conflicts().size();

        String myNormalised = Lines.normalise(myText);
        if (theirs.isEmpty() && !theirs.flipTrailingNewline && !(result.clean() && result.text().equals(myNormalised))) {
            figures.violation(caseNo, "their side unchanged but result is not mine", true, baseText, theirText, myText);
        }
        if (mine.isEmpty() && !mine.flipTrailingNewline && !(result.clean() && result.text().equals(theirText))) {
            figures.violation(caseNo, "my side unchanged but result is not theirs", true, baseText, theirText, myText);
        }
        if (theirText.equals(myNormalised) && !(result.clean() && result.text().equals(theirText))) {
            figures.violation(caseNo, "identical sides but result differs", true, baseText, theirText, myText);
        }

        List<String> outputLines = Lines.of(output).lines();
        Set<String> present = new java.util.HashSet<>(outputLines);
        for (Script script : List.of(theirs, mine)) {
            for (String line : script.written()) {
                if (!present.contains(line)) {
                    figures.violation(caseNo, "written line lost: " + line, true, baseText, theirText, myText);
                }
            }
        }

        for (Conflict c : result.conflicts()) {
            boolean positionsRight = slice(base, c.baseLine(), c.base().size()).equals(c.base())
                    && slice(theirLines, c.theirsLine(), c.theirs().size()).equals(c.theirs())
                    && slice(myLines, c.mineLine(), c.mine().size()).equals(c.mine());
            if (!positionsRight) {
                figures.violation(caseNo, "conflict chunks do not match their texts at the reported lines: " + c,
                        true, baseText, theirText, myText);
            }
            String block = "<<<<<<< " + THEIRS_LABEL + "\n" + block(c.theirs()) + "=======\n" + block(c.mine())
                    + ">>>>>>> " + MINE_LABEL;
            if (!output.contains(block)) {
                figures.violation(caseNo, "markers do not hold both chunks in full: " + c, true,
                        baseText, theirText, myText);
            }
        }

        if (!distinctBase) {
            return;
        }
        List<String> combined = combine(base, theirs, mine);
        if (disjoint(theirs.touched(), mine.touched())) {
            figures.disjoint++;
            if (result.clean()) {
                figures.disjointClean++;
            } else {
                figures.violation(caseNo, "disjoint edits conflicted", false, baseText, theirText, myText);
            }
        }
        if (result.clean() && !Objects.equals(Lines.of(result.text()).lines(), combined)) {
            figures.violation(caseNo, "clean merge differs from both scripts applied: " + combined, true,
                    baseText, theirText, myText);
        }
    }

    private static List<String> randomBase(int caseNo, Random random, boolean distinct) {
        int size = random.nextInt(5) == 0 ? random.nextInt(3) : random.nextInt(30);
        List<String> base = new ArrayList<>(size);
        String[] repetitive = {"", "}", "same line", "- item"};
        for (int i = 0; i < size; i++) {
            base.add(distinct || random.nextInt(3) == 0
                    ? "c" + caseNo + " base " + i
                    : repetitive[random.nextInt(repetitive.length)]);
        }
        return base;
    }

    private static void fillScripts(int caseNo, Random random, int baseSize, Script theirs, Script mine, int[] counter) {
        int theirOps = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(4);
        int myOps = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(4);
        int sharedOps = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < sharedOps; i++) {
            addOp(caseNo, random, baseSize, "S", counter, theirs, mine);
        }
        for (int i = 0; i < theirOps; i++) {
            addOp(caseNo, random, baseSize, "T", counter, theirs);
        }
        for (int i = 0; i < myOps; i++) {
            addOp(caseNo, random, baseSize, "M", counter, mine);
        }
        theirs.flipTrailingNewline = random.nextInt(20) == 0;
        mine.flipTrailingNewline = random.nextInt(20) == 0;
    }

    private static void addOp(int caseNo, Random random, int baseSize, String tag, int[] counter, Script... scripts) {
        int kind = baseSize == 0 ? 0 : random.nextInt(3);
        if (kind == 0) {
            int at = random.nextInt(baseSize + 1);
            if (Stream.of(scripts).anyMatch(s -> s.insertBefore.containsKey(at))) {
                return;
            }
            List<String> lines = newLines(caseNo, random, tag, counter);
            Stream.of(scripts).forEach(s -> s.insertBefore.put(at, lines));
        } else {
            int at = random.nextInt(baseSize);
            if (Stream.of(scripts).anyMatch(s -> s.replace.containsKey(at))) {
                return;
            }
            List<String> lines = kind == 1 ? List.of() : newLines(caseNo, random, tag, counter);
            Stream.of(scripts).forEach(s -> s.replace.put(at, lines));
        }
    }

    private static List<String> newLines(int caseNo, Random random, String tag, int[] counter) {
        int count = 1 + random.nextInt(3);
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add("c" + caseNo + " " + tag + " " + counter[0]++);
        }
        return lines;
    }

    /** Both scripts applied to the base, identical operations once; {@code null} if they clash on one slot. */
    private static List<String> combine(List<String> base, Script theirs, Script mine) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p <= base.size(); p++) {
            List<String> inserted = pick(theirs.insertBefore.get(p), mine.insertBefore.get(p));
            if (inserted == CLASH) {
                return null;
            }
            if (inserted != null) {
                out.addAll(inserted);
            }
            if (p < base.size()) {
                List<String> replaced = pick(theirs.replace.get(p), mine.replace.get(p));
                if (replaced == CLASH) {
                    return null;
                }
                out.addAll(replaced != null ? replaced : List.of(base.get(p)));
            }
        }
        return out;
    }

    private static final List<String> CLASH = new ArrayList<>();

    private static List<String> pick(List<String> a, List<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null || a.equals(b)) {
            return a;
        }
        return CLASH;
    }

    /** True when every range of one side is separated from every range of the other by an untouched line. */
    private static boolean disjoint(List<int[]> ours, List<int[]> others) {
        for (int[] a : ours) {
            for (int[] b : others) {
                if (!(b[0] > a[1] || a[0] > b[1])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> slice(List<String> lines, int firstLine, int count) {
        int from = firstLine - 1;
        if (from < 0 || from + count > lines.size()) {
            return List.of("<out of range>");
        }
        return lines.subList(from, from + count);
    }

    private static String block(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }
}
