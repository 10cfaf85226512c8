package org.commonplace.bench;

import java.util.Locale;

/**
 * How much the data generator writes. {@code pages} is the number of wiki pages, {@code revisions} the average
 * length of a page's revision chain, {@code posts} the number of forum posts (the 500-post threads included).
 */
public enum Scale {

    /** Seconds: the CI smoke and the generator's own unit test. */
    SMALL(3, 30, 120, 3, 2, 3_000, 2),
    /** The medium set: 10 k pages, 100 k posts. */
    MEDIUM(20, 1_000, 10_000, 3, 3, 100_000, 4),
    /** The large set: 50 k pages × 10 revisions, 1 M posts. */
    LARGE(50, 5_000, 50_000, 10, 4, 1_000_000, 8);

    final int spaces;
    final int accounts;
    final int pages;
    final int revisions;
    final int boardsPerSpace;
    final int posts;
    /** Threads of exactly {@link DataGenerator#BIG_THREAD_POSTS} posts, for the "thread of 500 posts" scenario. */
    final int bigThreads;

    Scale(int spaces, int accounts, int pages, int revisions, int boardsPerSpace, int posts, int bigThreads) {
        this.spaces = spaces;
        this.accounts = accounts;
        this.pages = pages;
        this.revisions = revisions;
        this.boardsPerSpace = boardsPerSpace;
        this.posts = posts;
        this.bigThreads = bigThreads;
    }

    static Scale parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
