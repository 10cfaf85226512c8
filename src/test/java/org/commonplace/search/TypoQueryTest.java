package org.commonplace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TypoQueryTest {

    private static final String[] TEXTS = {"retrospective", "retrospectives", "retrospektive", "rertospective",
            "xetrospective", "retro", "prospective", "retrospective retrospective"};

    private static List<String> search(Query query) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (String text : TEXTS) {
                    Document doc = new Document();
                    doc.add(new StringField("id", text, Field.Store.YES));
                    doc.add(new TextField("body", text, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<String> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, 20).scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).get("id"));
                }
                return ids;
            }
        }
    }

    @Test
    void findsWordsOneEditAwayWithTheFirstLetterFixedExactWordFirst() throws IOException {
        List<String> ids = search(new TypoQuery(new Term("body", "retrospective")));
        assertThat(ids).containsExactlyInAnyOrder("retrospective", "retrospective retrospective", "retrospectives", "retrospektive",
                "rertospective");
        assertThat(ids.subList(0, 2)).as("the exact word outranks its typos")
                .containsExactlyInAnyOrder("retrospective", "retrospective retrospective");
    }

    @Test
    void matchesWhatLucenesFuzzyQueryMatches() throws IOException {
        for (String word : List.of("retrospective", "retrospectve", "prospective", "retro")) {
            assertThat(search(new TypoQuery(new Term("body", word))))
                    .as(word).containsExactlyInAnyOrderElementsOf(search(new FuzzyQuery(new Term("body", word), 1, 1)));
        }
    }

    @Test
    void keepsOneAutomatonPerWord() {
        assertThat(TypoQuery.automaton("facilitation")).isSameAs(TypoQuery.automaton("facilitation"));
        assertThat(new TypoQuery(new Term("body", "facilitation"))).isEqualTo(new TypoQuery(new Term("body", "facilitation")))
                .isNotEqualTo(new TypoQuery(new Term("title", "facilitation")));
    }
}
