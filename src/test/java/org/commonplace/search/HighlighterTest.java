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
        return new Highlighter(QueryText.parse(query), analyzer, SearchFields.BODY, SearchFields.BODY_EXACT);
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
}
