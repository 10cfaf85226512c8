package org.commonplace.people;

/**
 * What a person did, counted only over content the viewer may read: posts written (not deleted or hidden),
 * helpful marks those posts received, wiki revisions authored and promotions made.
 */
public record Activity(long posts, long helpful, long revisions, long promotions) {

    public static final Activity NONE = new Activity(0, 0, 0, 0);

    public long total() {
        return posts + revisions + promotions;
    }
}
