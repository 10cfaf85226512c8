package org.commonplace.phrasebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonplace.markup.HtmlSanitizer;
import org.commonplace.markup.MarkupRenderer;
import org.junit.jupiter.api.Test;

class TermMarkerTest {

    private static final TermMarker MARKER = new TermMarker(List.of(
            new TermMarker.Entry(1, "lurker", "lurker", "Reads, rarely posts.", List.of("lurker", "lurkers", "lurking")),
            new TermMarker.Entry(2, "community-of-practice", "community of practice", "People who share a craft.",
                    List.of("community of practice", "CoP")),
            new TermMarker.Entry(3, "community", "community", "A group <of> \"people\" & more.", List.of("community")),
            new TermMarker.Entry(4, "wiki", "wiki", "Editable pages.", List.of("wiki"))));

    private static String html(String markdown) {
        return new MarkupRenderer().render(markdown, (s, t) -> org.commonplace.markup.LinkResolution.exists("/s/x/wiki/y")).html();
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void marksOnlyTheFirstOccurrenceOfEachTerm() {
        String out = MARKER.mark("<p>A lurker reads. Another lurker reads too.</p>", "t", "");
        assertThat(count(out, "class=\"term\"")).isEqualTo(1);
        assertThat(out).startsWith("<p>A <span class=\"term-wrap\"><a class=\"term\" href=\"/phrasebook/lurker\" aria-describedby=\"term-tip-t-1\">lurker</a>"
                + "<span class=\"term-tip\" role=\"tooltip\" id=\"term-tip-t-1\">Reads, rarely posts.</span></span> reads.");
        assertThat(out).endsWith("Another lurker reads too.</p>");
    }

    @Test
    void anAliasCountsAsItsTermAndCaseIsIgnored() {
        String out = MARKER.mark("<p>LURKING is fine; lurkers are welcome.</p>", "t", "");
        assertThat(out).contains(">LURKING</a>").doesNotContain(">lurkers</a>");
        assertThat(MARKER.mark("<p>Our CoP meets monthly.</p>", "t", "")).contains("href=\"/phrasebook/community-of-practice\"").contains(">CoP</a>");
    }

    @Test
    void wholeWordsOnly() {
        assertThat(MARKER.mark("<p>wikipedia and lurkerish and awiki</p>", "t", "")).doesNotContain("class=\"term\"");
        assertThat(MARKER.mark("<p>(wiki)</p>", "t", "")).contains(">wiki</a>");
    }

    @Test
    void theLongerPhraseWinsWhereTheyOverlap() {
        String out = MARKER.mark("<p>Every community of practice is a community.</p>", "t", "");
        assertThat(out).contains(">community of practice</a>");
        // "community" is its own term: its first occurrence outside the longer phrase is marked
        assertThat(out).contains(">community</a>");
        assertThat(count(out, "class=\"term\"")).isEqualTo(2);
    }

    @Test
    void neverInsideCodePreLinksOrHeadings() {
        String in = html("# The wiki\n\nSee [the wiki](https://example.org) and `wiki` and\n\n```\nwiki\n```\n\n## wiki again\n\nNow the wiki.");
        String out = MARKER.mark(in, "t", "");
        assertThat(count(out, "class=\"term\"")).isEqualTo(1);
        assertThat(out).contains("Now the <span class=\"term-wrap\"><a class=\"term\"");
        assertThat(out).contains("<code>wiki</code>");
    }

    @Test
    void textIsEscapedAndTheResultSurvivesTheSanitizer() {
        String in = html("A community & a \"quote\" <b>tag</b>, and the lurker.");
        String out = MARKER.mark(in, "p42", "");
        assertThat(out).contains("A group &lt;of&gt; &quot;people&quot; &amp; more.");
        assertThat(out).contains("&lt;b&gt;tag&lt;/b&gt;");
        assertThat(out).doesNotContain("<b>");
        String sanitized = HtmlSanitizer.sanitize(out);
        assertThat(sanitized).contains("<a class=\"term\" href=\"/phrasebook/community\" aria-describedby=\"term-tip-p42-1\">community</a>");
        assertThat(sanitized).contains("<span class=\"term-tip\" role=\"tooltip\" id=\"term-tip-p42-1\">");
        assertThat(sanitized).contains("<span class=\"term-wrap\">");
    }

    @Test
    void contentWithoutTermsIsReturnedUnchanged() {
        String in = html("Nothing to see: *emphasis* & \"quotes\".");
        assertThat(MARKER.mark(in, "t", "")).isEqualTo(in);
        assertThat(new TermMarker(List.of()).mark(in, "t", "")).isEqualTo(in);
    }

    @Test
    void findsTermsInPlainText() {
        assertThat(MARKER.find("our CoP and the Wiki")).containsExactlyInAnyOrder(2L, 4L);
    }

    @Test
    void thousandsOfTermsStayFast() {
        List<TermMarker.Entry> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(new TermMarker.Entry(i, "t" + i, "term" + i, "d", List.of("term" + i, "alias number " + i)));
        }
        TermMarker big = new TermMarker(many);
        StringBuilder text = new StringBuilder("<p>");
        for (int i = 0; i < 2000; i++) {
            text.append("word term").append(i).append(" and alias number ").append(i + 1).append(". ");
        }
        text.append("</p>");
        long start = System.nanoTime();
        String out = big.mark(text.toString(), "x", "");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(count(out, "class=\"term\"")).isEqualTo(2001);
        assertThat(ms).isLessThan(2000);
    }
}
