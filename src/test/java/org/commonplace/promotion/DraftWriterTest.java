package org.commonplace.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftWriterTest {

    private static final Instant WHEN = Instant.parse("2026-11-20T10:00:00Z");

    private static DraftWriter.Item item(long post, long thread, String author, String text, boolean opening) {
        return new DraftWriter.Item(post, thread, "Quiet [voices]", author, WHEN, text, null, null, opening);
    }

    @Test
    void aNewPageHasAnIntroductionSectionsWithAttributionAndSources() {
        String md = DraftWriter.write(DraftWriter.Placement.NEW, List.of(item(1, 7, "mia", "How do we hear everyone?", true),
                item(2, 7, "edith", "Use a **round**: one sentence each.\n\n# Not a heading", false)), "", List.of(), 0, "edith", WHEN);
        assertThat(md).startsWith("How do we hear everyone?\n\n— [mia, 20 Nov 2026](/t/7#p1), in the thread [Quiet \\[voices\\]](/t/7)");
        assertThat(md).contains("## Use a round: one sentence each.\n\nUse a **round**: one sentence each.\n\n**Not a heading**");
        assertThat(md).contains("## Sources\n\n- [Quiet \\[voices\\]](/t/7) — promoted by edith, 20 Nov 2026; contributors: mia, edith");
        List<Sections.Section> sections = Sections.split(md, null);
        assertThat(sections).extracting(Sections.Section::title).containsExactly("", "Use a round: one sentence each.", "Sources");
    }

    @Test
    void anExcerptTakesOnlyItsRange() {
        DraftWriter.Item excerpt = new DraftWriter.Item(3, 7, "T", "mo", WHEN, "chatter. The point. more chatter", 9, 19, false);
        assertThat(excerpt.text()).isEqualTo("The point.");
        assertThat(DraftWriter.write(DraftWriter.Placement.NEW, List.of(excerpt), "", List.of(), 0, "ed", WHEN)).doesNotContain("chatter");
    }

    @Test
    void appendingGoesBeforeTheSourcesSectionAndAddsToIt() {
        String existing = "Intro.\n\n## Tips\n\nOne.\n\n## Sources\n\n- [Old](/t/1) — promoted by ed, 1 Jan 2026; contributors: ann\n";
        String md = DraftWriter.write(DraftWriter.Placement.APPEND, List.of(item(9, 8, "otto", "New tip.", false)), existing,
                Sections.split(existing, null), 0, "edith", WHEN);
        assertThat(md.indexOf("One.")).isLessThan(md.indexOf("## New tip.")).isLessThan(md.indexOf("## Sources"));
        assertThat(md).contains("- [Old](/t/1)").contains("- [Quiet \\[voices\\]](/t/8) — promoted by edith");
        assertThat(md.split("## Sources", -1)).hasSize(2);
    }

    @Test
    void insertingUnderAHeadingEndsThatHeadingsSubtreeOneLevelDeeper() {
        String existing = "## A\n\nText A.\n\n### A1\n\nDeep.\n\n## B\n\nText B.\n";
        List<Sections.Section> sections = Sections.split(existing, null);
        String md = DraftWriter.write(DraftWriter.Placement.UNDER, List.of(item(9, 8, "otto", "Goes under A.", false)), existing, sections, 1, "ed", WHEN);
        assertThat(md.indexOf("Deep.")).isLessThan(md.indexOf("### Goes under A.")).isLessThan(md.indexOf("## B"));
        assertThat(md).endsWith("contributors: otto\n");
    }

    @Test
    void headingsComeFromTheFirstWordsInPlainText() {
        assertThat(DraftWriter.headingFor(item(1, 1, "a", "> **Quote** with [a link](http://x) and `code`", false))).isEqualTo("Quote with a link and code");
        assertThat(DraftWriter.headingFor(item(1, 1, "ann", "   ", false))).isEqualTo("From ann");
        assertThat(DraftWriter.headingFor(item(1, 1, "a", "word ".repeat(40), false))).endsWith("…").hasSizeLessThan(75);
    }
}
