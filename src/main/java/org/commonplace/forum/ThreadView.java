package org.commonplace.forum;

import java.util.List;
import java.util.Map;
import org.commonplace.space.Space;
import org.commonplace.wiki.Page;

/**
 * A thread as one reader sees it: one page of its posts in tree (or time) order, each with its HTML finished
 * for this reader, what the reader may do, and the wiki page it discusses (or null).
 *
 * @param posts         the posts of this page, in order
 * @param answer        the reply marked as the answer (wherever it is in the thread), or null
 * @param openingPostId the thread's opening post
 * @param newestPostId  the newest post of the whole thread (read positions move up to it)
 * @param branchRoot    the post whose branch this view continues, or null for the whole thread
 * @param continued     for posts whose deeper replies continue on their own view: how many replies are there
 * @param page          this page (1-based) of {@code pageCount}
 * @param shownPosts    posts in this view over all its pages
 */
public record ThreadView(ForumThread thread, Board board, Space space, List<PostView> posts, boolean canReply, boolean canModerate,
        Page discussedPage, PostView answer, long openingPostId, long newestPostId, Post branchRoot, Map<Long, Long> continued,
        int page, int pageCount, long shownPosts) {

    /** Placeholders begin with this paragraph, so views and the API can tell them from posts. */
    public static final String PLACEHOLDER_MARK = "<p class=\"post-placeholder\">";

    /** Whether a post is among those on this page. */
    public boolean shows(long postId) {
        return posts.stream().anyMatch(p -> p.post().getId() == postId);
    }

    /** A post's depth below this view's root (what the page indents by). */
    public int relativeDepth(Post post) {
        return branchRoot == null ? post.getDepth() : post.getDepth() - branchRoot.getDepth();
    }

    /**
     * A post as this reader sees it: its HTML (wiki links resolved; a placeholder if it was deleted, or hidden
     * from this reader), whether the reader marked it helpful, whether it is the reader's own, and its earlier texts.
     */
    public record PostView(Post post, String html, boolean helpedByViewer, boolean mine, List<PostEdit> edits) {

        /** Whether the reader may see the post's text (not deleted, not hidden from them). */
        public boolean textVisible() {
            return !html.startsWith(PLACEHOLDER_MARK);
        }
    }
}
