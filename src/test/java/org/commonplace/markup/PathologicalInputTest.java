package org.commonplace.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hostile Markdown must render in bounded time and stack: each case stays far below the 5 s bound
 * (generous so that a slow CI machine does not flake; locally they take well under a second).
 */
class PathologicalInputTest {

    /**
     * A hang guard, not a speed target: super-linear parsing of these inputs would take minutes. The render
     * times themselves are figures for the benchmark and the closing notes, never asserted tightly here,
     * because a loaded CI machine must not turn them red.
     */
    private static final Duration BOUND = Duration.ofSeconds(60);
    private final MarkupRenderer renderer = new MarkupRenderer();

    private Rendered renderWithin(Supplier<String> source) {
        String markdown = source.get();
        long start = System.nanoTime();
        Rendered rendered = renderer.render(markdown, (s, t) -> LinkResolution.exists("/w/" + Slugs.slugify(t)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(BOUND);
        assertThat(HtmlScan.problems(rendered.html())).isEmpty();
        return rendered;
    }

    @Test
    void fiftyThousandOpeningBracketsRenderQuickly() {
        assertThat(renderWithin(() -> "[".repeat(50_000)).html()).startsWith("<p>[[[");
    }

    @Test
    void fiftyThousandOpeningThenClosingBracketsRenderQuickly() {
        renderWithin(() -> "[".repeat(50_000) + "]".repeat(50_000));
    }

    @Test
    void tenThousandNestedBlockquotesRenderQuicklyWithoutStackOverflow() {
        String html = renderWithin(() -> "> ".repeat(10_000) + "deep").html();
        assertThat(html).contains("deep");
        assertThat(count(html, "<blockquote>")).isLessThanOrEqualTo(NestingLimiter.MAX_DEPTH);
    }

    @Test
    void tenThousandNestedBlockquotesOnSeparateLinesRenderQuickly() {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            b.append("> ".repeat(i)).append("line ").append(i).append('\n');
        }
        renderWithin(b::toString);
    }

    @Test
    void tenThousandNestedListLevelsRenderQuicklyWithoutStackOverflow() {
        String html = renderWithin(() -> "- ".repeat(10_000) + "deep").html();
        assertThat(html).contains("deep");
        assertThat(count(html, "<ul>")).isLessThanOrEqualTo(NestingLimiter.MAX_DEPTH);
    }

    @Test
    void tenThousandNestedOrderedListLevelsRenderQuickly() {
        renderWithin(() -> "1. ".repeat(10_000) + "deep");
    }

    @Test
    void deeplyNestedEmphasisRendersQuickly() {
        assertThat(renderWithin(() -> "*".repeat(20_000) + "a" + "*".repeat(20_000)).html()).contains("a");
        renderWithin(() -> "*a _".repeat(20_000));
        renderWithin(() -> "*a ".repeat(20_000) + "b* ".repeat(20_000));
        renderWithin(() -> "~~a ".repeat(15_000) + "b~~ ".repeat(15_000));
    }

    @Test
    void deeplyNestedImagesAndLinksRenderQuickly() {
        assertThat(renderWithin(() -> "![".repeat(15_000) + "a" + "](/i.png)".repeat(15_000)).html()).contains("a");
        renderWithin(() -> "[".repeat(15_000) + "a" + "](/x)".repeat(15_000));
    }

    @Test
    void textStaysReadableWhenInlineNestingIsTooDeepToFormat() {
        Rendered r = renderer.render("Intro [[Page]]\n\n" + "*".repeat(30_000) + "deep" + "*".repeat(30_000));
        assertThat(r.html()).contains("Intro", "deep");
    }

    @Test
    void manyUnclosedLinksAndWikiLinksRenderQuickly() {
        renderWithin(() -> "[a](".repeat(40_000));
        renderWithin(() -> "[[a|".repeat(40_000));
        renderWithin(() -> "[[Page]] ".repeat(20_000));
    }

    @Test
    void manyBackticksAndTableColumnsRenderQuickly() {
        renderWithin(() -> "`".repeat(50_000) + "x" + "``".repeat(20_000));
        renderWithin(() -> "|a".repeat(40_000) + "\n" + "|-".repeat(40_000) + "\n" + "|b".repeat(10_000));
    }

    @Test
    void maximumSizeOfOrdinaryTextRendersQuickly() {
        renderWithin(() -> "Lorem ipsum *dolor* sit [[amet]], https://example.org.\n\n"
                .repeat(MarkupRenderer.MAX_SOURCE_CHARS / 60));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
