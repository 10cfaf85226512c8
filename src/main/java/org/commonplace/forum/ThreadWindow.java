package org.commonplace.forum;

/**
 * Which part of a thread a reader asks for. In tree order a view shows {@link #LEVELS} levels of replies below
 * its root (the thread, or a post whose branch is "continued"); deeper replies are reached through their branch.
 * A view is cut into pages of {@code size} posts; {@code focus} asks for the page (and branch) that holds a post,
 * so a permalink lands on it wherever it is.
 *
 * @param flat   by time instead of as a tree (flat views are never cut into branches)
 * @param branch the post whose branch to show, or null for the whole thread
 * @param focus  a post to land on, or null
 * @param page   the page wanted (1-based) when there is no focus
 * @param size   posts per page
 * @param cut    whether deep branches continue on their own view
 */
public record ThreadWindow(boolean flat, Long branch, Long focus, int page, int size, boolean cut) {

    /** Posts per page of a thread. */
    public static final int PAGE_SIZE = 50;
    /** Reply levels one view shows below its root before a branch continues on its own view. */
    public static final int LEVELS = 8;

    /** Every post, in tree order, uncut: what the REST API answers. */
    public static final ThreadWindow ALL = new ThreadWindow(false, null, null, 1, Integer.MAX_VALUE, false);

    public ThreadWindow {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
    }

    /** A page of a reader's view (tree or flat), landing on {@code focus} when it is given. */
    public static ThreadWindow page(boolean flat, Long branch, Long focus, Integer page) {
        return new ThreadWindow(flat, flat ? null : branch, focus, page == null ? 1 : Math.max(1, page), PAGE_SIZE, !flat);
    }

    /**
     * The depth of the branch root whose view shows a post of this depth: 0 (the thread itself) down to
     * {@link #LEVELS}, then one continued view for every further {@link #LEVELS} levels.
     */
    public static int branchDepthFor(int depth) {
        return depth <= LEVELS ? 0 : (depth - 1) / LEVELS * LEVELS;
    }
}
