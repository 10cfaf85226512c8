package org.commonplace.api;

import java.util.List;
import org.commonplace.shared.Paged;

/** The shape of every API listing. */
public record ListBody<T>(List<T> items, long total, int page, int size) {

    public static <T> ListBody<T> of(Paged<T> paged) {
        return new ListBody<>(paged.items(), paged.total(), paged.request().page(), paged.request().size());
    }
}
