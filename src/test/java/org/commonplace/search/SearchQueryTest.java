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
    void resultPagesAreCountedFromTheTotal() {
        SearchResult r = new SearchResult(QueryText.parse("x"), 41, java.util.List.of(), java.util.Map.of(), 2, 20);
        assertThat(r.pages()).isEqualTo(3);
        assertThat(r.hasNext()).isTrue();
        assertThat(r.hasPrevious()).isTrue();
        assertThat(new SearchResult(QueryText.parse("x"), 0, java.util.List.of(), java.util.Map.of(), 1, 20).pages()).isEqualTo(1);
    }
}
