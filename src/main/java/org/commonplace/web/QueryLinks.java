package org.commonplace.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds GET links for filter pages (facets, paging): only non-blank parameters, each encoded once. */
public final class QueryLinks {

    private QueryLinks() {
    }

    /** {@code path} with the non-blank pairs of {@code keysAndValues} (key, value, key, value, ...) as its query. */
    public static String of(String path, Object... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            if (v != null && !v.toString().isBlank() && !Boolean.FALSE.equals(v)) {
                params.put(keysAndValues[i].toString(), v.toString());
            }
        }
        StringBuilder link = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            link.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return link.toString();
    }
}
