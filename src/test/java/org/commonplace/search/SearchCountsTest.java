package org.commonplace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SearchCountsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final SearchCounts<String, SearchCounts.Counted> counts = new SearchCounts<>(now::get);
    private final SearchCounts.Counted seven = new SearchCounts.Counted(7, Map.of("type", List.of(new FacetValue("post", "post", 7, false))), false);

    @Test
    void keptUntilTheContentChanges() {
        counts.put("q", 5, seven);
        assertThat(counts.get("q", 5)).isEqualTo(seven);
        assertThat(counts.get("other", 5)).isNull();
        assertThat(counts.get("q", 6)).as("content changed").isNull();
        assertThat(counts.get("q", 5)).as("a stale entry is dropped, not kept for later").isNull();
    }

    @Test
    void keptForAMinuteAtMost() {
        counts.put("q", 5, seven);
        now.addAndGet(SearchCounts.MAX_AGE_MILLIS - 1);
        assertThat(counts.get("q", 5)).isEqualTo(seven);
        now.addAndGet(1);
        assertThat(counts.get("q", 5)).isNull();
    }

    @Test
    void boundedLeastRecentlyUsedFirst() {
        counts.put("first", 1, seven);
        for (int i = 0; i < SearchCounts.MAX_ENTRIES; i++) {
            counts.put("q" + i, 1, seven);
            if (i == SearchCounts.MAX_ENTRIES / 2) {
                counts.get("first", 1);
            }
        }
        assertThat(counts.size()).isEqualTo(SearchCounts.MAX_ENTRIES);
        assertThat(counts.get("first", 1)).as("used recently, so kept").isEqualTo(seven);
        assertThat(counts.get("q0", 1)).as("the least recently used went").isNull();
    }

    @Test
    void aBoundOfItsOwn() {
        SearchCounts<Integer, String> names = new SearchCounts<>(now::get, 5_000, SearchCounts.MAX_AGE_MILLIS);
        for (int i = 0; i < 5_000; i++) {
            names.put(i, 1, "name " + i);
        }
        names.put(5_000, 1, "one more");
        assertThat(names.size()).isEqualTo(5_000);
        assertThat(names.get(0, 1)).as("the least recently used went").isNull();
        assertThat(names.get(1, 1)).isEqualTo("name 1");
    }

    @Test
    void anAgeOfItsOwn() {
        SearchCounts<Integer, String> names = new SearchCounts<>(now::get, 10, Long.MAX_VALUE);
        names.put(1, 5, "ada");
        now.addAndGet(24L * 3600 * 1000);
        assertThat(names.get(1, 5)).as("no age limit").isEqualTo("ada");
        assertThat(names.get(1, 6)).as("but content changed").isNull();
        assertThat(names.get(1, 5)).isNull();
    }
}
