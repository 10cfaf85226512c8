package org.commonplace.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts for the directory listings (case studies, communities): one grouped JPQL query per facet over the
 * rows the other chosen facets leave, most frequent first.
 */
public final class FacetCounts {

    /** One value of a facet and how many rows have it. */
    public record Facet(String value, long count) {
    }

    private FacetCounts() {
    }

    /**
     * @param value     the JPQL expression counted (e.g. {@code c.sector}, or a joined alias)
     * @param fromWhere the JPQL after {@code from}, with its where clause (root alias {@code c})
     * @param params    the parameters of that where clause
     */
    public static List<Facet> count(EntityManager em, String value, String fromWhere, Map<String, Object> params, int max) {
        return bind(em.createQuery("select " + value + ", count(c) from " + fromWhere + " group by " + value
                + " order by count(c) desc, " + value, Object[].class), params).setMaxResults(max).getResultList()
                .stream().map(r -> new Facet((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** The parameters without one key: a facet is counted over the rows the *other* choices leave. */
    public static Map<String, Object> without(Map<String, Object> params, String key) {
        Map<String, Object> copy = new HashMap<>(params);
        copy.remove(key);
        return copy;
    }

    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
