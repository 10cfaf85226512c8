package org.commonplace.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WikiLinkTest {

    private final MarkupRenderer renderer = new MarkupRenderer();

    /** Titles starting with E exist, C are creatable, H hidden, the rest missing. */
    private final List<String> asked = new ArrayList<>();
    private final LinkResolver resolver = (space, title) -> {
        asked.add(space + ":" + title);
        String base = "/s/" + (space == null ? "here" : space) + "/wiki/" + Slugs.slugify(title);
        return switch (title.charAt(0)) {
            case 'E' -> LinkResolution.exists(base);
            case 'C' -> LinkResolution.creatable(base + "/edit");
            case 'H' -> LinkResolution.hidden();
            default -> LinkResolution.missing();
        };
    };

    private Rendered render(String source) {
        return renderer.render(source, resolver);
    }

    @Test
    void existingPageBecomesAWikilink() {
        assertThat(render("see [[Existing page]]").html())
                .isEqualTo("<p>see <a href=\"/s/here/wiki/existing-page\" class=\"wikilink\">Existing page</a></p>\n");
    }

    @Test
    void labelReplacesTheTitleAsLinkText() {
        assertThat(render("[[Existing page|read this]]").html())
                .contains("<a href=\"/s/here/wiki/existing-page\" class=\"wikilink\">read this</a>");
    }

    @Test
    void spacePrefixIsPassedToTheResolver() {
        Rendered r = render("[[ops-team:Escalation]]");
        assertThat(r.html()).contains("<a href=\"/s/ops-team/wiki/escalation\" class=\"wikilink\">Escalation</a>");
        assertThat(r.links()).containsExactly(new WikiLinkRef("ops-team", "Escalation"));
    }

    @Test
    void spacePrefixWithLabel() {
        assertThat(render("[[ops:Escalation|how to escalate]]").html())
                .contains("<a href=\"/s/ops/wiki/escalation\" class=\"wikilink\">how to escalate</a>");
    }

    @Test
    void colonFollowedByBlankIsPartOfTheTitle() {
        assertThat(render("[[faq: Intro]]").links()).containsExactly(new WikiLinkRef(null, "faq: Intro"));
    }

    @Test
    void upperCasePrefixIsNotASpace() {
        assertThat(render("[[FAQ:Intro]]").links()).containsExactly(new WikiLinkRef(null, "FAQ:Intro"));
    }

    @Test
    void creatableMissingPageBecomesANewLinkWithNofollow() {
        assertThat(render("[[Create me]]").html())
                .contains("<a href=\"/s/here/wiki/create-me/edit\" class=\"wikilink new\" rel=\"nofollow\">Create me</a>");
    }

    @Test
    void missingPageIsPlainText() {
        assertThat(render("[[Nowhere]]").html()).isEqualTo("<p><span class=\"wikilink-missing\">Nowhere</span></p>\n");
    }

    @Test
    void hiddenPageLooksExactlyLikeAMissingOne() {
        String hidden = render("[[secret:Hidden plans]]").html();
        String missing = renderer.render("[[secret:Hidden plans]]", (s, t) -> LinkResolution.missing()).html();
        assertThat(hidden).isEqualTo(missing).doesNotContain("href");
    }

    @Test
    void convenienceRenderTreatsEveryLinkAsMissing() {
        assertThat(renderer.render("[[Existing]]").html()).contains("<span class=\"wikilink-missing\">Existing</span>");
    }

    @Test
    void linksListsDistinctTargetsInOrderIncludingMissingAndHidden() {
        Rendered r = render("[[Existing]] [[Nowhere]] [[x:Hidden]] [[Existing|again]] [[ Existing ]]");
        assertThat(r.links()).containsExactly(
                new WikiLinkRef(null, "Existing"), new WikiLinkRef(null, "Nowhere"), new WikiLinkRef("x", "Hidden"));
    }

    @Test
    void eachTargetIsResolvedOncePerRender() {
        render("[[Existing]] [[Existing]] [[Existing|x]]");
        assertThat(asked).containsExactly("null:Existing");
    }

    @Test
    void whitespaceInTitlesIsCollapsed() {
        assertThat(render("[[  Existing    page ]]").links()).containsExactly(new WikiLinkRef(null, "Existing page"));
    }

    @Test
    void wikiLinkRefKnowsItsSlug() {
        assertThat(new WikiLinkRef(null, "Über Uns").slug()).isEqualTo("uber-uns");
    }

    @Test
    void notRecognisedInCodeSpans() {
        Rendered r = render("`[[Existing]]`");
        assertThat(r.html()).isEqualTo("<p><code>[[Existing]]</code></p>\n");
        assertThat(r.links()).isEmpty();
    }

    @Test
    void notRecognisedInFencedOrIndentedCodeBlocks() {
        Rendered r = render("```\n[[Existing]]\n```\n\n    [[Existing too]]\n");
        assertThat(r.html()).contains("[[Existing]]", "[[Existing too]]").doesNotContain("wikilink");
        assertThat(r.links()).isEmpty();
    }

    @Test
    void notRecognisedInsideMarkdownLinkText() {
        Rendered r = render("[see [[Existing]]](http://example.org)");
        assertThat(r.html()).doesNotContain("wikilink");
        assertThat(r.links()).isEmpty();
    }

    @Test
    void emptyOrUnclosedBracketsStayText() {
        Rendered r = render("[[]] [[ ]] [[open and [[|label]]");
        assertThat(r.links()).isEmpty();
        assertThat(r.html()).doesNotContain("wikilink");
    }

    @Test
    void worksInsideHeadingsListsAndTables() {
        Rendered r = render("# About [[Existing]]\n\n- [[Create me]]\n\n| x |\n|---|\n| [[Nowhere]] |\n");
        assertThat(r.links()).extracting(WikiLinkRef::title).containsExactly("Existing", "Create me", "Nowhere");
        assertThat(r.headings().get(0).text()).isEqualTo("About Existing");
    }

    @Test
    void attributeBreakOutInTitleIsEscaped() {
        String html = render("[[E\" onmouseover=\"alert(1)]]").html();
        assertThat(html).doesNotContain(" onmouseover=").contains("&#34; onmouseover&#61;&#34;alert(1)");
    }

    @Test
    void htmlInLabelIsShownAsText() {
        String html = render("[[Existing|<img src=x onerror=alert(1)>]]").html();
        assertThat(html).contains("class=\"wikilink\">&lt;img src&#61;x onerror&#61;alert(1)&gt;</a>")
                .doesNotContain("<img");
    }

    @Test
    void hostileUrlFromAResolverIsDropped() {
        String html = renderer.render("[[Existing]]", (s, t) -> LinkResolution.exists("javascript:alert(1)")).html();
        assertThat(html).doesNotContain("javascript").contains("Existing");
    }

    @Test
    void resolverReturningNullCountsAsMissing() {
        assertThat(renderer.render("[[X]]", (s, t) -> null).html()).contains("wikilink-missing");
    }

    @Test
    void onlyALimitedNumberOfTargetsIsResolved() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < WikiLinks.MAX_RESOLVED + 20; i++) {
            source.append("[[Existing ").append(i).append("]] ");
        }
        Rendered r = render(source.toString());
        assertThat(asked).hasSize(WikiLinks.MAX_RESOLVED);
        assertThat(r.links()).hasSize(WikiLinks.MAX_RESOLVED + 20);
    }
}
