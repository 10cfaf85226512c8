package org.commonplace.forum;

import java.util.List;
import org.commonplace.space.Space;
import org.commonplace.wiki.Page;

/**
 * A thread as one reader sees it: its posts in tree order (each with its depth and its HTML finished for this
 * reader), what the reader may do, and the wiki page it discusses (or null).
 */
public record ThreadView(ForumThread thread, Board board, Space space, List<PostView> posts, boolean canReply, boolean canModerate,
        Page discussedPage) {

    /** Placeholders begin with this paragraph, so views and the API can tell them from posts. */
    public static final String PLACEHOLDER_MARK = "<p class=\"post-placeholder\">";

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
