package org.commonplace.search;

/** One value of a facet with the number of hits it has (among hits the viewer may see) and whether it is chosen. */
public record FacetValue(String key, String label, long count, boolean selected) {
}
