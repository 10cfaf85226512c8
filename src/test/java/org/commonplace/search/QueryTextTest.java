package org.commonplace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonplace.search.QueryText.Group;
import org.commonplace.search.QueryText.Term;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    private static Group word(String w) {
        return new Group(List.of(new Term(w, false)));
    }

    @Test
    void plainWordsAreAllRequired() {
        QueryText q = QueryText.parse("  facilitation   circle ");
        assertThat(q.required()).containsExactly(word("facilitation"), word("circle"));
        assertThat(q.excluded()).isEmpty();
    }

    @Test
    void quotedPhrasesStayTogether() {
        QueryText q = QueryText.parse("open \"fish  bowl\" talk");
        assertThat(q.required()).containsExactly(word("open"), new Group(List.of(new Term("fish bowl", true))), word("talk"));
    }

    @Test
    void minusExcludesWordsAndPhrases() {
        QueryText q = QueryText.parse("meeting -remote -\"zoom call\" a-b");
        assertThat(q.required()).containsExactly(word("meeting"), word("a-b"));
        assertThat(q.excluded()).containsExactly(new Term("remote", false), new Term("zoom call", true));
    }

    @Test
    void orJoinsNeighbours() {
        QueryText q = QueryText.parse("retro OR retrospective | review agenda");
        assertThat(q.required()).containsExactly(
                new Group(List.of(new Term("retro", false), new Term("retrospective", false), new Term("review", false))),
                word("agenda"));
    }

    @Test
    void brokenSyntaxIsReadAsPlainText() {
        QueryText q = QueryText.parse("OR \"unclosed phrase -- ||| ( )");
        assertThat(q.required()).containsExactly(word("unclosed"), word("phrase"));
        assertThat(q.excluded()).isEmpty();
        assertThat(QueryText.parse("\"\" - -- OR").isEmpty()).isTrue();
        assertThat(QueryText.parse(null).isEmpty()).isTrue();
    }

    @Test
    void onlyLongPlainWordsTolerateTypos() {
        assertThat(new Term("cat", false).fuzzy()).isFalse();
        assertThat(new Term("cats", false).fuzzy()).isTrue();
        assertThat(new Term("cats and dogs", true).fuzzy()).isFalse();
    }
}
