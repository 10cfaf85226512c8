package org.commonplace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private static Analyzer analyzer;

    /** The same chains as {@link SearchAnalyzers}, built with plain Lucene (the index's analyzer needs a server). */
    @BeforeAll
    static void analyzers() throws IOException {
        Analyzer english = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("englishPossessive")
                .addTokenFilter("lowercase").addTokenFilter("asciiFolding").addTokenFilter("stop").addTokenFilter("porterStem").build();
        Analyzer exact = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase").addTokenFilter("asciiFolding")
                .build();
        analyzer = new PerFieldAnalyzerWrapper(english, Map.of(SearchFields.BODY_EXACT, exact));
    }

    private static Highlighter of(String query) {
        return new Highlighter(QueryText.parse(query), new Stems(analyzer, SearchFields.BODY), SearchFields.BODY_EXACT);
    }

    @Test
    void marksStemmedWordsAndEscapesEverythingElse() {
        assertThat(of("meeting").mark("Our <b>meetings</b> & the meeting's notes"))
                .isEqualTo("Our &lt;b&gt;<mark>meetings</mark>&lt;/b&gt; &amp; the <mark>meeting&#39;s</mark> notes");
    }

    @Test
    void marksWordsWithOneTypoButNotShortWordsOrOtherFirstLetters() {
        Highlighter h = of("retrospectve");
        assertThat(h.mark("A retrospective, then a perspective.")).isEqualTo("A <mark>retrospective</mark>, then a perspective.");
        assertThat(of("rol").mark("role rol")).as("three letters must match exactly").isEqualTo("role <mark>rol</mark>");
        assertThat(of("circle").mark("A circles and a sircle")).isEqualTo("A <mark>circles</mark> and a sircle");
    }

    @Test
    void marksQuotedPhrasesOnlyWhereTheWholePhraseStands() {
        assertThat(of("\"check in round\"").mark("A check in, a round. Then a check in round."))
                .isEqualTo("A check in, a round. Then a <mark>check in round</mark>.");
    }

    @Test
    void excludedWordsAreNotMarked() {
        assertThat(of("agenda -timebox").mark("agenda timebox")).isEqualTo("<mark>agenda</mark> timebox");
    }

    @Test
    void aSnippetIsCutAroundTheFirstMatchAtWordBoundaries() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            text.append("before").append(i).append(' ');
        }
        text.append("the harvest ");
        for (int i = 0; i < 80; i++) {
            text.append("after").append(i).append(' ');
        }
        String snippet = of("harvest").snippet(text.toString(), 120);
        assertThat(snippet).startsWith("…before").endsWith(" …").contains("the <mark>harvest</mark> after0");
        String visible = snippet.replace("<mark>", "").replace("</mark>", "").replace("…", "").strip();
        assertThat(visible.length()).isLessThanOrEqualTo(120);
        assertThat(text.toString()).contains(visible);
    }

    @Test
    void noMatchMeansNoSnippet() {
        assertThat(of("harvest").snippet("Nothing to see here.", 120)).isNull();
        assertThat(of("harvest").snippet(null, 120)).isNull();
        assertThat(of("harvest").snippet("A short harvest.", 120)).isEqualTo("A short <mark>harvest</mark>.");
    }

    @Test
    void eachWordsKeptFormsAreTheFormsItHasInItsText() {
        String text = "The MEETING'S notes: Café owners’ co-op met at 9:30 on 2024-05-01 (see https://example.org/a-b?c=d "
                + "or mail ada@example.org). Naïve retrospectives, running & RUNS; ½ of them said \"it's fine\"... "
                + "Übergrößen, señor, Œuvre, 東京の会議, emoji 🎉 stays; x".repeat(2) + "y".repeat(300);
        Stems stems = new Stems(analyzer, SearchFields.BODY);
        StringBuilder fromWords = new StringBuilder();
        StringBuilder firstLetterChanged = new StringBuilder();
        Highlighter.analyze(analyzer, SearchFields.BODY_EXACT, text, (term, start, end) -> {
            for (String form : stems.of(text.substring(start, end))) {
                fromWords.append(form).append(' ').append(start).append(' ');
                if (form.charAt(0) != term.charAt(0)) {
                    firstLetterChanged.append(term).append(" -> ").append(form).append(' ');
                }
            }
            return true;
        });
        StringBuilder inText = new StringBuilder();
        Highlighter.analyze(analyzer, SearchFields.BODY, text, (term, start, end) -> {
            inText.append(term).append(' ').append(start).append(' ');
            return true;
        });
        assertThat(fromWords.toString()).isEqualTo(inText.toString()).contains("meet ").contains("retrospect ").contains("cafe ");
        assertThat(firstLetterChanged).as("a form starts as its exact token does (the highlighter skips other tokens)").isEmpty();
    }

    @Test
    void wordsMatchWhateverTheCaseOrAccentOfTheirFirstLetter() {
        assertThat(of("cafes oeuvre").mark("Café, CAFÉS, Œuvre and ÉCLAIRS"))
                .isEqualTo("<mark>Café</mark>, <mark>CAFÉS</mark>, <mark>Œuvre</mark> and ÉCLAIRS");
        assertThat(of("eclair").mark("Éclairs and eclairs")).isEqualTo("<mark>Éclairs</mark> and <mark>eclairs</mark>");
        assertThat(of("Ubergrossen").mark("Übergrößen")).as("typo-tolerant, from a folded first letter").isEqualTo("<mark>Übergrößen</mark>");
    }

    @Test
    void wordsAndPhrasesAreMarkedTogether() {
        assertThat(of("\"check in\" Harvesting").mark("Check in, then the HARVEST; harvests matter."))
                .isEqualTo("<mark>Check in</mark>, then the <mark>HARVEST</mark>; <mark>harvests</mark> matter.");
    }
}
