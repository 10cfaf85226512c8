package org.commonplace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacetCounterTest {

    /** Two date ranges: up to 999 ms, and 1,000 ms on. */
    private static final long[] RANGES = {Long.MIN_VALUE, 999, 1_000, Long.MAX_VALUE};

    private ByteBuffersDirectory dir;
    private DirectoryReader reader;

    /**
     * Three segments written as the search index writes its fields: 30 documents in all. Authors: "mia" writes every
     * third document, "otto" every other one of the rest; "lars" only appears in the last segment (a value the earlier
     * segments lack). Documents 20 and on are dated 1,000 ms or later.
     */
    @BeforeEach
    void index() throws IOException {
        dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 30; i++) {
                String author = i >= 25 ? "lars" : i % 3 == 0 ? "mia" : "otto";
                Document doc = new Document();
                doc.add(new StringField("n", Integer.toString(i), Field.Store.YES));
                doc.add(new StringField("even", i % 2 == 0 ? "yes" : "no", Field.Store.NO));
                doc.add(new StringField(SearchFields.SAMPLE, i % 3 == 1 ? SearchDocumentBinder.SAMPLE_COUNTED : "1", Field.Store.NO));
                keyword(doc, SearchFields.TYPE, i < 5 ? "page" : "post");
                keyword(doc, SearchFields.AUTHOR, author);
                keyword(doc, SearchFields.SPACE_FACET, Long.toString(1 + i % 2));
                keyword(doc, SearchFields.PROMOTED, i == 7 ? "yes" : "no");
                doc.add(new SortedNumericDocValuesField(SearchFields.DATE, i >= 20 ? 1_000 + i : i));
                writer.addDocument(doc);
                if (i == 9 || i == 19) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(dir);
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        dir.close();
    }

    private FacetCounter.Counts count(Query query) throws IOException {
        return new IndexSearcher(reader).search(query, FacetCounter.manager(RANGES, Long.MAX_VALUE, false));
    }

    @Test
    void countsEveryMatchPerValueAcrossSegments() throws IOException {
        assertThat(reader.leaves()).hasSize(3);
        FacetCounter.Counts all = count(new MatchAllDocsQuery());

        assertThat(all.total()).isEqualTo(30);
        assertThat(all.top(SearchFields.TYPE, 10)).containsExactly(Map.entry("post", 25L), Map.entry("page", 5L));
        // 0..24: mia at multiples of 3 (9 of them), otto the other 16; lars 25..29.
        assertThat(all.top(SearchFields.AUTHOR, 10)).containsExactly(Map.entry("otto", 16L), Map.entry("mia", 9L),
                Map.entry("lars", 5L));
        assertThat(all.top(SearchFields.SPACE_FACET, 10)).containsExactly(Map.entry("1", 15L), Map.entry("2", 15L));
        assertThat(all.top(SearchFields.PROMOTED, 10)).containsExactly(Map.entry("no", 29L), Map.entry("yes", 1L));
        assertThat(all.top(SearchFields.BOARD_FACET, 10)).as("a field no document has").isEmpty();
        assertThat(all.dates()).containsExactly(20L, 10L);
    }

    @Test
    void countsOnlyTheMatchesAndKeepsTheMostFrequentValues() throws IOException {
        FacetCounter.Counts even = count(new TermQuery(new Term("even", "yes")));

        assertThat(even.total()).isEqualTo(15);
        // Even numbers 0..24: 0, 6, 12, 18, 24 by mia (5), the other 8 by otto; 26 and 28 by lars.
        assertThat(even.top(SearchFields.AUTHOR, 10)).containsExactly(Map.entry("otto", 8L), Map.entry("mia", 5L),
                Map.entry("lars", 2L));
        assertThat(even.top(SearchFields.AUTHOR, 2)).as("the two most frequent").containsOnlyKeys("otto", "mia");
        assertThat(even.top(SearchFields.SPACE_FACET, 10)).containsExactly(Map.entry("1", 15L));
        assertThat(even.top(SearchFields.PROMOTED, 10)).containsExactly(Map.entry("no", 15L));
        assertThat(even.dates()).containsExactly(10L, 5L);
    }

    @Test
    void countsInTheSamePassThatRanksTheHits() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Object[] both = searcher.search(new TermQuery(new Term("even", "no")), new MultiCollectorManager(
                TopScoreDocCollector.createSharedManager(3, null, Integer.MAX_VALUE), FacetCounter.manager(RANGES, Long.MAX_VALUE, false)));
        TopDocs top = (TopDocs) both[0];
        FacetCounter.Counts counts = (FacetCounter.Counts) both[1];

        assertThat(top.scoreDocs).hasSize(3);
        assertThat(top.totalHits.value).isEqualTo(15);
        assertThat(counts.total()).isEqualTo(15);
        assertThat(counts.top(SearchFields.TYPE, 10)).containsExactly(Map.entry("post", 13L), Map.entry("page", 2L));
        assertThat(counts.top(SearchFields.PROMOTED, 10)).containsExactly(Map.entry("no", 14L), Map.entry("yes", 1L));
    }

    @Test
    void equalCountsComeInTheOrderOfTheirValues() throws IOException {
        FacetCounter.Counts all = count(new MatchAllDocsQuery());
        assertThat(List.copyOf(all.top(SearchFields.SPACE_FACET, 1).keySet())).containsExactly("1");
    }

    @Test
    void aSearchWithMoreMatchesThanTheLimitIsStopped() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertThatThrownBy(() -> searcher.search(new MatchAllDocsQuery(), FacetCounter.manager(RANGES, 12, false)))
                .as("30 matches, a limit of 12").matches(FacetCounter.LimitReached::in);
        assertThat(searcher.search(new MatchAllDocsQuery(), FacetCounter.manager(RANGES, 30, false)).total()).as("as many as the limit")
                .isEqualTo(30);
        assertThat(FacetCounter.LimitReached.in(new IllegalStateException("another failure"))).isFalse();
    }

    @Test
    void theMostFrequentValuesAreKeptWhateverTheirNumber() throws IOException {
        FacetCounter.Counts all = count(new MatchAllDocsQuery());
        assertThat(all.top(SearchFields.AUTHOR, 1)).containsExactly(Map.entry("otto", 16L));
        assertThat(all.top(SearchFields.AUTHOR, 3)).containsExactly(Map.entry("otto", 16L), Map.entry("mia", 9L), Map.entry("lars", 5L));
        assertThat(all.top(SearchFields.AUTHOR, Integer.MAX_VALUE)).hasSize(3);
        assertThat(all.top(SearchFields.AUTHOR, 0)).isEmpty();
        assertThat(all.top(SearchFields.SPACE_FACET, 2)).as("a tie within the places kept")
                .containsExactly(Map.entry("1", 15L), Map.entry("2", 15L));
    }

    @Test
    void moreMatchesThanOneBatchAreAllCounted() throws IOException {
        // A third of them match: 5 batches and 6 more.
        int docs = 15 * FacetCounter.Rows.BATCH + 17;
        try (ByteBuffersDirectory many = new ByteBuffersDirectory()) {
            Map<String, Long> expectedAuthors = new java.util.TreeMap<>();
            long expectedRecent = 0;
            try (IndexWriter writer = new IndexWriter(many, new IndexWriterConfig())) {
                for (int i = 0; i < docs; i++) {
                    Document doc = new Document();
                    boolean third = i % 3 == 0;
                    doc.add(new StringField("third", third ? "yes" : "no", Field.Store.NO));
                    keyword(doc, SearchFields.AUTHOR, "w" + i % 7);
                    doc.add(new SortedNumericDocValuesField(SearchFields.DATE, i));
                    writer.addDocument(doc);
                    if (third) {
                        expectedAuthors.merge("w" + i % 7, 1L, Long::sum);
                        expectedRecent += i >= 1_000 ? 1 : 0;
                    }
                }
            }
            try (DirectoryReader read = DirectoryReader.open(many)) {
                FacetCounter.Counts thirds = new IndexSearcher(read).search(new TermQuery(new Term("third", "yes")),
                        FacetCounter.manager(RANGES, Long.MAX_VALUE, false));
                assertThat(thirds.total()).isEqualTo((docs + 2) / 3);
                assertThat(new java.util.TreeMap<>(thirds.top(SearchFields.AUTHOR, 10))).isEqualTo(expectedAuthors);
                assertThat(thirds.dates()).containsExactly((docs + 2) / 3 - expectedRecent, expectedRecent);
            }
        }
    }

    @Test
    void manyEqualCountsLeaveTheFirstValuesByText() throws IOException {
        try (ByteBuffersDirectory ties = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(ties, new IndexWriterConfig())) {
                // 40 boards, counted once each, indexed in reverse text order; board b17 counted twice.
                for (int i = 39; i >= 0; i--) {
                    for (int times = i == 17 ? 2 : 1; times > 0; times--) {
                        Document doc = new Document();
                        keyword(doc, SearchFields.BOARD_FACET, String.format("b%02d", i));
                        writer.addDocument(doc);
                    }
                }
            }
            try (DirectoryReader tied = DirectoryReader.open(ties)) {
                FacetCounter.Counts all = new IndexSearcher(tied).search(new MatchAllDocsQuery(),
                        FacetCounter.manager(RANGES, Long.MAX_VALUE, false));
                assertThat(all.top(SearchFields.BOARD_FACET, 4)).containsExactly(Map.entry("b17", 2L), Map.entry("b00", 1L),
                        Map.entry("b01", 1L), Map.entry("b02", 1L));
                assertThat(all.top(SearchFields.BOARD_FACET, 1)).containsExactly(Map.entry("b17", 2L));
                assertThat(all.top(SearchFields.BOARD_FACET, 100)).hasSize(40);
                assertThat(List.copyOf(all.top(SearchFields.BOARD_FACET, 100).keySet()).subList(1, 40))
                        .as("the ties in text order").isSorted();
            }
        }
    }

    @Test
    void aSegmentWithSeveralValuesInOneFieldIsCountedToo() throws IOException {
        try (ByteBuffersDirectory multi = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(multi, new IndexWriterConfig())) {
                for (int i = 0; i < 4; i++) {
                    Document doc = new Document();
                    keyword(doc, SearchFields.TYPE, "page");
                    keyword(doc, SearchFields.SPACE_FACET, "7");
                    if (i % 2 == 0) {
                        keyword(doc, SearchFields.SPACE_FACET, "8");
                    }
                    doc.add(new SortedNumericDocValuesField(SearchFields.DATE, 5));
                    if (i == 3) {
                        doc.add(new SortedNumericDocValuesField(SearchFields.DATE, 2_000));
                    }
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader several = DirectoryReader.open(multi)) {
                FacetCounter.Counts counts = new IndexSearcher(several).search(new MatchAllDocsQuery(), FacetCounter.manager(RANGES, Long.MAX_VALUE, false));
                assertThat(counts.total()).isEqualTo(4);
                assertThat(counts.top(SearchFields.SPACE_FACET, 10)).containsExactly(Map.entry("7", 4L), Map.entry("8", 2L));
                assertThat(counts.top(SearchFields.TYPE, 10)).containsExactly(Map.entry("page", 4L));
                assertThat(counts.dates()).as("a document with two dates counts in both ranges").containsExactly(4L, 1L);
            }
        }
    }

    @Test
    void theSampleBucketCountsAsTheSameDocumentsCountedOneByOne() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query sample = new TermQuery(new Term(SearchFields.SAMPLE, SearchDocumentBinder.SAMPLE_COUNTED));
        FacetCounter.Counts fromSample = searcher.search(sample, FacetCounter.manager(RANGES, Long.MAX_VALUE, true));
        FacetCounter.Counts oneByOne = searcher.search(sample, FacetCounter.manager(RANGES, Long.MAX_VALUE, false));
        // 1, 4, 7 ... 28: ten documents, none by mia (multiples of 3), 27 is not among them.
        assertThat(fromSample.total()).isEqualTo(10).isEqualTo(oneByOne.total());
        assertThat(fromSample.top(SearchFields.AUTHOR, 10)).containsExactly(Map.entry("otto", 8L), Map.entry("lars", 2L))
                .isEqualTo(oneByOne.top(SearchFields.AUTHOR, 10));
        assertThat(fromSample.top(SearchFields.PROMOTED, 10)).containsExactly(Map.entry("no", 9L), Map.entry("yes", 1L));
        assertThat(fromSample.dates()).containsExactly(oneByOne.dates());

        FacetCounter.Counts notOnlySampled = searcher.search(new MatchAllDocsQuery(), FacetCounter.manager(RANGES, Long.MAX_VALUE, true));
        assertThat(notOnlySampled.total()).as("documents outside the sample are still counted").isEqualTo(30);
        assertThat(notOnlySampled.top(SearchFields.AUTHOR, 10)).containsExactly(Map.entry("otto", 16L), Map.entry("mia", 9L),
                Map.entry("lars", 5L));
    }
}
