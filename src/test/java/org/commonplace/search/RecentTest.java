package org.commonplace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentTest {

    @Test
    void aValueIsBuiltOnceAndKept() {
        List<String> built = new ArrayList<>();
        Recent<String, StringBuilder> recent = new Recent<>(10, k -> {
            built.add(k);
            return new StringBuilder(k);
        });
        StringBuilder first = recent.get("retro");
        assertSame(first, recent.get("retro"));
        assertEquals(List.of("retro"), built);
    }

    @Test
    void theLeastRecentlyUsedValueIsDroppedFirst() {
        List<String> built = new ArrayList<>();
        Recent<String, String> recent = new Recent<>(2, k -> {
            built.add(k);
            return k.toUpperCase();
        });
        recent.get("a");
        recent.get("b");
        recent.get("a"); // "b" is now the least recently used
        recent.get("c"); // drops "b"
        recent.get("a");
        recent.get("b"); // built again
        assertEquals(List.of("a", "b", "c", "b"), built);
    }

    @Test
    void valuesKeptByTheCallerAreFoundAndTheFirstKeptStays() {
        Recent<String, String> recent = new Recent<>(2);
        assertEquals(null, recent.kept("a"));
        recent.keep("a", "first");
        recent.keep("a", "second");
        assertEquals("first", recent.kept("a"));
        recent.keep("b", "b");
        recent.keep("c", "c"); // drops "a", the least recently used
        assertEquals(null, recent.kept("a"));
        assertEquals("c", recent.kept("c"));
    }
}
