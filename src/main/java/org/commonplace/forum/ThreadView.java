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

    /** A post and its HTML, with wiki links resolved for the reader. */
    public record PostView(Post post, String html) {
    }
}
