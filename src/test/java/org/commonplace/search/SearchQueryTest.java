package org.commonplace.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void pagingIsClampedAndBlankFacetsAreIgnored() {
        SearchQuery q = new SearchQuery("x", " ", "", null, "  ", null, 0, 1000);
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(SearchQuery.MAX_SIZE);
        assertThat(q.type()).isNull();
        assertThat(q.space()).isNull();
        assertThat(q.author()).isNull();
        assertThat(new SearchQuery("x", null, null, null, null, null, 3, 0).size()).isEqualTo(SearchQuery.DEFAULT_SIZE);
    }

    @Test
    void pagingGoesTenThousandHitsDeep() {
        assertThat(new SearchQuery("x", null, null, null, null, null, 500, 20).withinDepth()).isTrue();
        assertThat(new SearchQuery("x", null, null, null, null, null, 501, 20).withinDepth()).isFalse();
        assertThat(new SearchQuery("x", null, null, null, null, null, 100, 100).withinDepth()).isTrue();
        assertThat(new SearchQuery("x", null, null, null, null, null, Integer.MAX_VALUE, 100).withinDepth())
                .as("no overflow").isFalse();
        SearchResult many = new SearchResult(QueryText.parse("x"), 430_000, true, java.util.Collections.nCopies(20, null),
                java.util.Map.of(), 500, 20);
        assertThat(many.pages()).as("the last page within the depth").isEqualTo(500);
        assertThat(many.hasNext()).isFalse();
        SearchResult few = new SearchResult(QueryText.parse("x"), 45, false, java.util.Collections.nCopies(20, null),
                java.util.Map.of(), 1, 20);
        assertThat(few.pages()).isEqualTo(3);
        assertThat(few.hasNext()).isTrue();
    }

    @Test
    void facetKeysAreReadLeniently() {
        assertThat(DocKind.of(" Post ")).contains(DocKind.POST);
        assertThat(DocKind.of("term")).contains(DocKind.TERM);
        assertThat(DocKind.of("nonsense")).isEmpty();
        assertThat(SearchQuery.DateRange.of("WEEK")).contains(SearchQuery.DateRange.WEEK);
        assertThat(SearchQuery.DateRange.of(null)).isEmpty();
    }

    @Test
    void excerptsCutAtAWordAndCollapseWhitespace() {
        assertThat(SearchDocumentBinder.excerptOf("a\n\n b")).isEqualTo("a b");
        String longText = "word ".repeat(100);
        String excerpt = SearchDocumentBinder.excerptOf(longText);
        assertThat(excerpt).endsWith("word …").hasSizeLessThanOrEqualTo(SearchDocumentBinder.EXCERPT_LENGTH + 2);
    }

    @Test
    void sampledCountsAreScaledAndRoundedToTwoSignificantDigits() {
        assertThat(Facets.scaled(7, 1)).isEqualTo(7);
        assertThat(Facets.scaled(12_345, 1)).as("exact counts stay exact").isEqualTo(12_345);
        assertThat(Facets.scaled(1, 64)).isEqualTo(64);
        assertThat(Facets.scaled(7, 64)).isEqualTo(450);
        assertThat(Facets.scaled(7_997, 64)).isEqualTo(510_000);
        assertThat(Facets.scaled(0, 64)).isZero();
    }

    @Test
    void sampleBucketsSpreadDocumentsEvenlyWhateverTheirIds() {
        int[] perBucket = new int[SearchDocumentBinder.SAMPLE_BUCKETS];
        int[] everySixteenth = new int[SearchDocumentBinder.SAMPLE_BUCKETS];
        for (long id = 1; id <= 640_000; id++) {
            perBucket[SearchDocumentBinder.sampleBucket(DocKind.POST, id)]++;
            if (id % 16 == 0) {
                everySixteenth[SearchDocumentBinder.sampleBucket(DocKind.POST, id)]++;
            }
        }
        // 10,000 per bucket expected; ids taken at a stride (one author in turn, say) are spread too (625 expected).
        assertThat(java.util.Arrays.stream(perBucket).boxed()).allSatisfy(n -> assertThat(n).isBetween(9_600, 10_400));
        assertThat(java.util.Arrays.stream(everySixteenth).boxed()).allSatisfy(n -> assertThat(n).isBetween(525, 725));
        assertThat(SearchDocumentBinder.sampleBucket(DocKind.PAGE, 42)).isEqualTo(SearchDocumentBinder.sampleBucket(DocKind.PAGE, 42));
    }

    @Test
    void resultPagesAreCountedFromTheTotal() {
        java.util.List<SearchHit> full = java.util.Collections.nCopies(20,
                new SearchHit(DocKind.POST, "t", "t", "/t/1", "", "s", "S", java.time.Instant.EPOCH, "ada"));
        SearchResult r = new SearchResult(QueryText.parse("x"), 41, false, full, java.util.Map.of(), 2, 20);
        assertThat(r.pages()).isEqualTo(3);
        assertThat(r.hasNext()).isTrue();
        assertThat(r.hasPrevious()).isTrue();
        SearchResult shortOfItsEstimate = new SearchResult(QueryText.parse("x"), 41_000, true, full.subList(0, 3), java.util.Map.of(), 2, 20);
        assertThat(shortOfItsEstimate.hasNext()).as("a page short of hits is the last, whatever the estimate").isFalse();
        assertThat(new SearchResult(QueryText.parse("x"), 0, false, java.util.List.of(), java.util.Map.of(), 1, 20).pages()).isEqualTo(1);
    }
}
