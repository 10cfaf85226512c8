package org.commonplace.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupRendererTest {

    private final MarkupRenderer renderer = new MarkupRenderer();

    private String html(String markdown) {
        return renderer.render(markdown).html();
    }

    @Test
    void rendersParagraphsAndEmphasis() {
        assertThat(html("Hello *world* and **bold**")).isEqualTo("<p>Hello <em>world</em> and <strong>bold</strong></p>\n");
    }

    @Test
    void rendersGfmTablesWithAlignment() {
        String out = html("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n");
        assertThat(out).contains("<table>", "<thead>", "<tbody>", "<th align=\"left\">a</th>",
                "<th align=\"center\">b</th>", "<td align=\"right\">3</td>");
    }

    @Test
    void rendersStrikethrough() {
        assertThat(html("~~gone~~ kept")).contains("<del>gone</del> kept");
    }

    @Test
    void autolinksBareUrlsAsExternalLinks() {
        assertThat(html("see https://example.org/a?b=1 now"))
                .contains("<a href=\"https://example.org/a?b&#61;1\" rel=\"nofollow noopener ugc\">");
    }

    @Test
    void autolinksEmailAddressesAsMailto() {
        assertThat(html("write to someone@example.org")).contains("href=\"mailto:someone&#64;example.org\"");
    }

    @Test
    void externalMarkdownLinksGetNofollowNoopenerUgc() {
        assertThat(html("[site](http://example.org)"))
                .contains("<a href=\"http://example.org\" rel=\"nofollow noopener ugc\">site</a>");
    }

    @Test
    void relativeMarkdownLinksGetNoRel() {
        assertThat(html("[page](/s/ops/wiki/runbook)")).contains("<a href=\"/s/ops/wiki/runbook\">page</a>");
    }

    @Test
    void rendersTaskListsAsDisabledCheckboxes() {
        String out = html("- [ ] open\n- [x] done\n");
        assertThat(out).contains("<input type=\"checkbox\" disabled=\"disabled\" /> open")
                .contains("<input type=\"checkbox\" disabled=\"disabled\" checked=\"checked\" /> done");
    }

    @Test
    void orderedListKeepsItsStartNumber() {
        assertThat(html("7. seven\n8. eight\n")).contains("<ol start=\"7\">");
    }

    @Test
    void fencedCodeKeepsLanguageClassAndEscapesContent() {
        assertThat(html("```java\nif (a < b) {}\n```\n"))
                .contains("<pre><code class=\"language-java\">if (a &lt; b) {}");
    }

    @Test
    void imagesKeepSrcAndAlt() {
        assertThat(html("![a cat](/files/cat.png \"Cat\")"))
                .contains("<img src=\"/files/cat.png\" alt=\"a cat\" title=\"Cat\" />");
    }

    @Test
    void headingsGetPrefixedSlugAnchors() {
        assertThat(html("## Café au lait")).isEqualTo("<h2 id=\"h-cafe-au-lait\">Café au lait</h2>\n");
    }

    @Test
    void headingAnchorsAreUniqueWithinADocument() {
        Rendered r = renderer.render("# Setup\n## Setup\n### Setup\n## Setup 2\n");
        assertThat(r.headings()).extracting(Heading::anchor)
                .containsExactly("h-setup", "h-setup-2", "h-setup-3", "h-setup-2-2");
        assertThat(r.html()).contains("id=\"h-setup\"", "id=\"h-setup-2\"", "id=\"h-setup-3\"", "id=\"h-setup-2-2\"");
    }

    @Test
    void headingWithoutLettersGetsFallbackAnchor() {
        assertThat(renderer.render("# ???").headings()).containsExactly(new Heading(1, "???", "h-section"));
    }

    @Test
    void headingsListLevelTextAndAnchorForTheTableOfContents() {
        Rendered r = renderer.render("# Intro\ntext\n## Install `mvn`\n## Use it [[Guide|the guide]]\n");
        assertThat(r.headings()).containsExactly(
                new Heading(1, "Intro", "h-intro"),
                new Heading(2, "Install mvn", "h-install-mvn"),
                new Heading(2, "Use it the guide", "h-use-it-the-guide"));
        assertThat(r.hasToc()).isTrue();
    }

    @Test
    void noTableOfContentsBelowThreeHeadings() {
        assertThat(renderer.render("# One\n## Two\n").hasToc()).isFalse();
    }

    @Test
    void rawHtmlBlocksAreEscapedNotInterpreted() {
        assertThat(html("<div class=\"term\">hi</div>")).isEqualTo("<p>&lt;div class&#61;&#34;term&#34;&gt;hi&lt;/div&gt;</p>\n");
    }

    @Test
    void rawInlineHtmlIsEscapedNotInterpreted() {
        assertThat(html("a <b>bold</b> claim")).isEqualTo("<p>a &lt;b&gt;bold&lt;/b&gt; claim</p>\n");
    }

    @Test
    void htmlEntitiesInTextStayText() {
        assertThat(html("&lt;script&gt; &amp; &copy;")).isEqualTo("<p>&lt;script&gt; &amp; ©</p>\n");
    }

    @Test
    void nullAndEmptySourcesRenderEmpty() {
        assertThat(renderer.render(null).html()).isEmpty();
        assertThat(renderer.render("").html()).isEmpty();
        assertThat(renderer.render("").links()).isEmpty();
    }

    @Test
    void sourceAtTheLimitIsAccepted() {
        String source = "a".repeat(MarkupRenderer.MAX_SOURCE_CHARS);
        assertThat(renderer.render(source).html()).startsWith("<p>aaa");
    }

    @Test
    void sourceOverTheLimitIsRefusedWithAClearMessage() {
        String source = "a".repeat(MarkupRenderer.MAX_SOURCE_CHARS + 1);
        assertThatThrownBy(() -> renderer.render(source))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long")
                .hasMessageContaining(String.valueOf(MarkupRenderer.MAX_SOURCE_CHARS));
    }

    @Test
    void rendererVersionIsPositive() {
        assertThat(MarkupRenderer.RENDERER_VERSION).isPositive();
    }

    @Test
    void renderedListsAreImmutable() {
        Rendered r = renderer.render("# a\n[[B]]");
        assertThat(r.links()).isUnmodifiable();
        assertThat(r.headings()).isUnmodifiable();
    }

    @Test
    void sameInstanceRendersConcurrentlyWithTheSameResult() throws Exception {
        String source = "# T\n\n| a |\n|---|\n| [[X]] |\n\n- [ ] y\n";
        String expected = html(source);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.Set<String> results = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                for (int j = 0; j < 50; j++) {
                    results.add(html(source));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).containsExactly(expected);
    }

    @Test
    void fallbackForTooDeepInlineNestingEscapesEveryInlineDelimiter() {
        assertThat(MarkupRenderer.withoutInlineDelimiters("*a* _b_ ~~c~~ [d](e) ![f] <g> `h`"))
                .isEqualTo("\\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\[d\\](e) \\!\\[f\\] \\<g\\> \\`h\\`");
    }
}
