package org.commonplace.wiki;

/** One tag of a space and how many pages carry it. */
public record TagCount(String tag, long pages) {
}
