package org.commonplace.wiki;

/** A page that is linked to but does not exist, with the number of pages linking to it. */
public record WantedPage(String slug, String title, long links) {
}
