package org.commonplace.api;

import java.time.Instant;
import java.util.List;
import org.commonplace.forum.Board;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.ThreadView;
import org.commonplace.promotion.PromotionService;

/** The forum's JSON shapes, as design.md's REST contract names them. A thread's {@code status} is open, answered, locked, distilled (promoted to a page) or superseded (distilled and locked). */
public final class ForumJson {

    private ForumJson() {
    }

    public record BoardJson(String slug, String name, String description) {
        public static BoardJson of(Board b) {
            return new BoardJson(b.getSlug(), b.getName(), b.getDescription());
        }
    }

    public record ThreadSummaryJson(long id, String title, String author, int postCount, Instant lastActivityAt, boolean pinned,
            boolean locked, String status) {
        public static ThreadSummaryJson of(ForumThread t, java.util.Set<Long> distilled) {
            return new ThreadSummaryJson(t.getId(), t.getTitle(), t.getAuthorName(), t.getPostCount(), t.getLastActivityAt(),
                    t.isPinned(), t.isLocked(), PromotionService.status(t, distilled.contains(t.getId())));
        }
    }

    public record PostJson(long id, Long parentId, String author, String markdown, String html, Instant createdAt, int helpful, int depth,
            Instant editedAt, boolean deleted, boolean hidden) {
        /** A deleted post, or one hidden from the caller, keeps its place in the tree but not its text. */
        public static PostJson of(ThreadView.PostView v) {
            return new PostJson(v.post().getId(), v.post().getParentId(), v.post().getAuthorName(), v.textVisible() ? v.post().getMarkdown() : "",
                    v.html(), v.post().getCreatedAt(), v.post().getHelpfulCount(), v.post().getDepth(), v.post().getEditedAt(),
                    v.post().isDeleted(), v.post().isHidden());
        }
    }

    public record ThreadJson(long id, String space, String board, String title, String author, String status, boolean pinned,
            boolean locked, List<PostJson> posts) {
        public static ThreadJson of(ThreadView v, boolean distilled) {
            return new ThreadJson(v.thread().getId(), v.space().getSlug(), v.board().getSlug(), v.thread().getTitle(),
                    v.thread().getAuthorName(), PromotionService.status(v.thread(), distilled), v.thread().isPinned(), v.thread().isLocked(),
                    v.posts().stream().map(PostJson::of).toList());
        }
    }

    public record NewThread(String title, String markdown) {
    }

    public record NewPost(String markdown, Long parentId) {
    }
}
