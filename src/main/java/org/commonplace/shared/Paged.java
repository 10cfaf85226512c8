package org.commonplace.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results and the total count across all pages. */
public record Paged<T>(List<T> items, long total, PageRequest request) {

    public Paged {
        items = List.copyOf(items);
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), total, request);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + request.size() - 1) / request.size());
    }
}
