package org.commonplace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatchEstimateTest {

    /** Stemmed English for the word fields, plain words for the exact ones, keywords for authors (as the index has). */
    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(
            SearchFields.TITLE_EXACT, new StandardAnalyzer(), SearchFields.BODY_EXACT, new StandardAnalyzer(),
            SearchFields.CONTEXT_EXACT, new StandardAnalyzer(), SearchFields.AUTHOR, new KeywordAnalyzer()));

    private ByteBuffersDirectory dir;
    private DirectoryReader reader;

    @BeforeEach
    void index() throws IOException {
        dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
            // 100 documents: 40 say "practice", 10 "retrospectives", 2 "retrospektive" (a typo), 5 "open source"
            // together; 20 are by "mia"; the title of 3 is "Daily retrospectives".
            for (int i = 0; i < 100; i++) {
                StringBuilder body = new StringBuilder("notes");
                if (i < 40) {
                    body.append(" practice");
                }
                if (i >= 50 && i < 60) {
                    body.append(" retrospectives");
                }
                if (i >= 60 && i < 62) {
                    body.append(" retrospektive");
                }
                if (i >= 70 && i < 75) {
                    body.append(" open source");
                }
                Document doc = new Document();
                doc.add(new TextField(SearchFields.BODY, body.toString(), Field.Store.NO));
                doc.add(new TextField(SearchFields.BODY_EXACT, body.toString(), Field.Store.NO));
                if (i >= 90 && i < 93) {
                    doc.add(new TextField(SearchFields.TITLE, "Daily retrospectives", Field.Store.NO));
                    doc.add(new TextField(SearchFields.TITLE_EXACT, "Daily retrospectives", Field.Store.NO));
                }
                doc.add(new StringField(SearchFields.AUTHOR, i < 20 ? "mia" : "otto", Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(dir);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        dir.close();
    }

    private MatchEstimate estimate(String q) {
        QueryText text = QueryText.parse(q);
        return MatchEstimate.of(reader, SearchQueries.requiredGroups(text, t -> Highlighter.words(ANALYZER, SearchFields.BODY, t.text())),
                ANALYZER);
    }

    @Test
    void aWordIsBoundedByTheDocumentsHoldingItOrAWordOneEditAwayInAnyField() {
        MatchEstimate e = estimate("retrospectives");
        // 10 bodies, 2 with the typo, 3 titles: the stem "retrospect" and its neighbour "retrospekt".
        assertThat(e.bound()).isEqualTo(15);
        assertThat(e.independent()).isEqualTo(15);
        assertThat(e.documents()).isEqualTo(100);
        assertThat(estimate("mia").bound()).as("an author's name").isEqualTo(20);
    }

    @Test
    void countsOfTypoTolerantWordsFollowTheIndexAsItChanges() throws IOException {
        assertThat(estimate("retrospectives").bound()).isEqualTo(15);
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
            for (int i = 0; i < 4; i++) {
                Document doc = new Document();
                doc.add(new TextField(SearchFields.BODY, "retrospective notes", Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.deleteDocuments(new org.apache.lucene.index.Term(SearchFields.AUTHOR, "mia"));
        }
        DirectoryReader changed = DirectoryReader.openIfChanged(reader);
        assertThat(changed).isNotNull();
        reader.close();
        reader = changed;
        // 4 more in a new segment; deleted documents still count in the index's statistics until merged away.
        assertThat(estimate("retrospectives").bound()).isEqualTo(19);
        assertThat(estimate("retrospectives").bound()).as("counted again from what was kept").isEqualTo(19);
    }

    @Test
    void requiredGroupsTakeTheSmallestAsBoundAndMultiplyTheirSharesAsAGuess() {
        MatchEstimate e = estimate("practice retrospectives");
        assertThat(e.bound()).isEqualTo(15);
        assertThat(e.independent()).isEqualTo(6); // 100 × 0.40 × 0.15
        MatchEstimate either = estimate("practice OR retrospectives");
        assertThat(either.bound()).as("alternatives add up").isEqualTo(55);
        assertThat(estimate("the practice").bound()).as("stop words are not required").isEqualTo(40);
    }

    @Test
    void aPhraseIsBoundedByItsRarestWord() {
        assertThat(estimate("\"open source\"").bound()).isEqualTo(5);
        assertThat(estimate("\"notes practice\"").bound()).isEqualTo(40);
    }

    @Test
    void onlySearchesLikelyToMatchFarMoreThanTheLimitAreSampledFirst() {
        assertThat(new MatchEstimate(15_000, 15_000, 1_000_000).likelyExceeds(20_000)).as("bounded below the limit").isFalse();
        assertThat(new MatchEstimate(400_000, 400_000, 1_000_000).likelyExceeds(20_000)).isTrue();
        assertThat(new MatchEstimate(400_000, 30_000, 1_000_000).likelyExceeds(20_000)).as("a guess a little over the limit").isFalse();
        assertThat(new MatchEstimate(400_000, 100_000, 1_000_000).likelyExceeds(20_000)).as("a guess far over the limit").isTrue();
        assertThat(new MatchEstimate(1, 1, 100).likelyExceeds(0)).isTrue();
        assertThat(new MatchEstimate(0, 0, 100).likelyExceeds(0)).isFalse();
    }
}
