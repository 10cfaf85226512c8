package org.commonplace.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonplace.shared.BaseEntity;

/**
 * A post in a thread. {@code parentId} is the post it answers (null for the opening post and for replies to
 * the thread as a whole); {@code path} lists its ancestors' ids and its own, each zero-padded, so ordering by
 * path gives the thread in tree order.
 */
@Entity
@Table(name = "post")
public class Post extends BaseEntity {

    /** The largest post body: 64 KB of text. */
    public static final int MARKDOWN_MAX = 65_536;
    static final int PATH_SEGMENT = 12;
    /** Replies nest this deep at most; deeper answers attach to the deepest allowed ancestor. */
    public static final int MAX_DEPTH = 100;
    public static final int HIDE_REASON_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private ForumThread thread;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 2000)
    private String path = "";

    @Column(nullable = false)
    private int depth;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 40)
    private String authorName;

    @Column(nullable = false, length = 70_000)
    private String markdown;

    @Column(nullable = false, length = 600_000)
    private String html;

    @Column(name = "renderer_version", nullable = false)
    private int rendererVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "idempotency_key", length = 120)
    private String idempotencyKey;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "hidden_reason", length = HIDE_REASON_MAX)
    private String hiddenReason;

    @Column(name = "helpful_count", nullable = false)
    private int helpfulCount;

    protected Post() {
    }

    Post(ForumThread thread, Post parent, Long authorId, String authorName, String markdown, String html, int rendererVersion,
            Instant createdAt, String idempotencyKey) {
        this.thread = Objects.requireNonNull(thread, "thread is required");
        this.parentId = parent == null ? null : parent.getId();
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.authorId = authorId;
        this.authorName = Objects.requireNonNull(authorName, "author is required");
        this.markdown = Objects.requireNonNull(markdown, "markdown is required");
        this.html = Objects.requireNonNull(html, "html is required");
        this.rendererVersion = rendererVersion;
        this.createdAt = Objects.requireNonNull(createdAt, "time is required");
        this.idempotencyKey = idempotencyKey;
    }

    /** The length of the path of a post at this depth (every segment has the same width). */
    static int pathLength(int depth) {
        return (depth + 1) * (PATH_SEGMENT + 1) - 1;
    }

    /** The id of the ancestor at {@code depth} named in a path (the post itself at its own depth). */
    static long ancestorAt(String path, int depth) {
        int start = depth * (PATH_SEGMENT + 1);
        if (depth < 0 || start + PATH_SEGMENT > path.length()) {
            throw new IllegalArgumentException("The path has no segment at depth " + depth);
        }
        return Long.parseLong(path.substring(start, start + PATH_SEGMENT));
    }

    /** Once the id is known: the parent's path plus this post's own id. */
    void placeUnder(Post parent) {
        String own = String.format("%0" + PATH_SEGMENT + "d", getId());
        this.path = parent == null ? own : parent.path + "." + own;
    }

    /** New text from the author; the caller keeps the old text as a {@link PostEdit}. */
    void revise(String newMarkdown, String newHtml, int version, Instant at) {
        this.markdown = newMarkdown;
        this.html = newHtml;
        this.rendererVersion = version;
        this.editedAt = at;
    }

    void delete() {
        this.deleted = true;
    }

    void hide(String reason) {
        this.hiddenReason = reason;
    }

    void unhide() {
        this.hiddenReason = null;
    }

    void helpful(int delta) {
        this.helpfulCount = Math.max(0, helpfulCount + delta);
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public boolean isHidden() {
        return hiddenReason != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public int getHelpfulCount() {
        return helpfulCount;
    }

    public ForumThread getThread() {
        return thread;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getHtml() {
        return html;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
