package org.commonplace.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "edit conflicts" test of the reliability bar: many randomised pairs of edits made from the same base
 * revision, saved one after the other through {@link WikiService#save}, so the second is always stale and goes
 * through merge-on-save. Every line of every generated text is unique, so "is this edit still there" is a plain
 * line lookup.
 *
 * <p>A lost edit is any of: a line either side inserted (or rewrote a line into) missing from a merged text; a
 * base line either side deleted back in a merged text; a conflict that wrote something, or whose {@code yours}
 * and {@code theirs} are not the two submitted texts in full. The figure must be 0; the share merged
 * automatically is reported, not asserted beyond "some pairs merge and some conflict", since it depends on the
 * random edits. Two profiles run 200 pairs each: dense edits of most lines, and sparse edits of a place or two
 * (the common case). Figures go to the assertion description, the server log (INFO) and
 * {@code merge-figures-<profile>.txt} in the server's data folder.
 */
@ExtendWith(ArquillianExtension.class)
class MergeOnSaveRandomIT {

    private static final Logger LOG = Logger.getLogger(MergeOnSaveRandomIT.class.getName());
    private static final long SEED = 20_261_125L;
    private static final int PAIRS = 200;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(MergeOnSaveRandomIT.class);
    }

    @Inject
    WikiService wiki;

    @Inject
    SpaceService spaces;

    @Inject
    Viewers viewers;

    /** One side's edit of the base: its text, the lines it added and the base lines it removed. */
    private record Side(String text, Set<String> inserted, Set<String> deleted) {
    }

    /** How much each side changes: the chance (in %) per place of an insertion, and per base line of a deletion or a rewrite. */
    private record Profile(String name, int insertPercent, int deletePercent, int rewritePercent) {
    }

    /** Heavy edits of most of the page: changes often touch, so many pairs conflict. */
    private static final Profile DENSE = new Profile("dense", 12, 8, 8);

    /** The common case: each side changes a place or two of a longer page. */
    private static final Profile SPARSE = new Profile("sparse", 2, 2, 3);

    @Test
    void denseRandomEditsAreMergedOrRefusedButNeverLost() {
        run(DENSE, SEED);
    }

    @Test
    void sparseRandomEditsAreMergedOrRefusedButNeverLost() {
        run(SPARSE, SEED + 1);
    }

    private void run(Profile profile, long seed) {
        Viewer ada = viewers.byUsername("ada").orElseThrow();
        String space = "merge-" + TestData.unique();
        spaces.create(ada, space, "Merge test " + space, "", Visibility.PUBLIC);
        Random random = new Random(seed);
        int merged = 0;
        int conflicts = 0;
        int lost = 0;
        List<String> problems = new ArrayList<>();
        for (int pair = 0; pair < PAIRS; pair++) {
            List<String> base = new ArrayList<>();
            int lines = 3 + random.nextInt(profile == SPARSE ? 40 : 18);
            for (int k = 0; k < lines; k++) {
                base.add("base " + pair + "." + k + " " + Long.toString(random.nextLong() & 0xffffff, 36));
            }
            Side a = edit(base, "A" + pair, profile, random);
            Side b = edit(base, "B" + pair, profile, random);
            String title = "Merge " + pair + " " + TestData.unique();
            Page page = ((SaveOutcome.Saved) wiki.save(ada, space, null, new Edit(title, text(base), "base", false, 0))).page();
            String slug = page.getSlug();
            SaveOutcome first = wiki.save(ada, space, slug, new Edit(title, a.text(), "A", false, 1));
            assertThat(first).as("pair %d: A is a plain save", pair).isInstanceOf(SaveOutcome.Saved.class);
            SaveOutcome second = wiki.save(ada, space, slug, new Edit(title, b.text(), "B", false, 1));
            if (second instanceof SaveOutcome.Saved saved) {
                merged++;
                String result = wiki.view(ada, space, slug, null).revision().getMarkdown();
                Set<String> resultLines = new HashSet<>(List.of(result.split("\n")));
                int before = lost;
                if (!saved.merged() || saved.revision().getNumber() != 3 || !result.equals(saved.revision().getMarkdown())) {
                    lost++;
                }
                for (String line : union(a.inserted(), b.inserted())) {
                    if (!resultLines.contains(line)) {
                        lost++;
                    }
                }
                for (String line : union(a.deleted(), b.deleted())) {
                    if (resultLines.contains(line)) {
                        lost++;
                    }
                }
                if (lost > before) {
                    problems.add("pair " + pair + " merged into\n" + result + "\nfrom A\n" + a.text() + "\nand B\n" + b.text());
                }
            } else if (second instanceof SaveOutcome.Conflict conflict) {
                conflicts++;
                PageView current = wiki.view(ada, space, slug, null);
                boolean intact = current.revision().getNumber() == 2 && current.revision().getMarkdown().equals(a.text())
                        && conflict.yours().equals(b.text()) && conflict.theirs().equals(a.text())
                        && conflict.currentRevision() == 2 && conflict.baseRevision() == 1 && !conflict.merge().clean();
                if (!intact) {
                    lost++;
                    problems.add("pair " + pair + ": conflict wrote something or lost a text");
                }
            } else {
                lost++;
                problems.add("pair " + pair + ": unexpected outcome " + second);
            }
        }
        String figures = String.format("Merge-on-save, %s edits, seed %d: %d pairs, %d merged automatically (%.1f %%), %d conflicts"
                + " (nothing written, both texts kept), lost edits %d", profile.name(), seed, PAIRS, merged, 100.0 * merged / PAIRS,
                conflicts, lost);
        report(profile, figures);
        assertThat(problems).as(figures).isEmpty();
        assertThat(lost).as(figures).isZero();
        assertThat(merged + conflicts).as(figures).isEqualTo(PAIRS);
        assertThat(merged).as(figures).isPositive();
        if (profile == DENSE) {
            assertThat(conflicts).as(figures).isPositive();
        }
    }

    /**
     * A random edit of the base: each base line is kept, deleted or rewritten, and new lines are inserted at
     * random places (always at least one, so the edit is never a no-op and the two sides never coincide).
     */
    private static Side edit(List<String> base, String who, Profile profile, Random random) {
        List<String> out = new ArrayList<>();
        Set<String> inserted = new HashSet<>();
        Set<String> deleted = new HashSet<>();
        int counter = 0;
        int forced = random.nextInt(base.size() + 1);
        for (int k = 0; k <= base.size(); k++) {
            if (random.nextInt(100) < profile.insertPercent() || k == forced) {
                int count = 1 + random.nextInt(3);
                for (int j = 0; j < count; j++) {
                    String line = who + " added " + counter++;
                    out.add(line);
                    inserted.add(line);
                }
            }
            if (k == base.size()) {
                break;
            }
            String line = base.get(k);
            int roll = random.nextInt(100);
            if (roll < profile.deletePercent()) {
                deleted.add(line);
            } else if (roll < profile.deletePercent() + profile.rewritePercent()) {
                deleted.add(line);
                String rewritten = who + " rewrote " + line;
                out.add(rewritten);
                inserted.add(rewritten);
            } else {
                out.add(line);
            }
        }
        return new Side(text(out), inserted, deleted);
    }

    private static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void report(Profile profile, String figures) {
        LOG.info(figures);
        String dataDir = System.getProperty("jboss.server.data.dir");
        if (dataDir != null) {
            try {
                Files.writeString(Path.of(dataDir, "merge-figures-" + profile.name() + ".txt"), figures + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not write merge-figures.txt", e);
            }
        }
    }
}
