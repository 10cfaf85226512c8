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
import org.commonplace.shared.InvalidInputException;

/** A conversation on a board: its title, who started it, whether it is pinned or locked, and its activity. */
@Entity
@Table(name = "forum_thread")
public class ForumThread extends BaseEntity {

    public static final int TITLE_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 40)
    private String authorName;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    /** On a question board: the reply the asker (or a moderator) marked as the answer. */
    @Column(name = "answer_post_id")
    private Long answerPostId;

    /** The wiki page this thread discusses, for a page's discussion thread. */
    @Column(name = "page_id")
    private Long pageId;

    protected ForumThread() {
    }

    public ForumThread(Board board, String title, Long authorId, String authorName, Instant createdAt) {
        this.board = Objects.requireNonNull(board, "board is required");
        this.title = requireTitle(title);
        this.authorId = authorId;
        this.authorName = Objects.requireNonNull(authorName, "author is required");
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
        this.lastActivityAt = createdAt;
    }

    public static String requireTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > TITLE_MAX) {
            throw new InvalidInputException("title", "A thread title has 1 to " + TITLE_MAX + " characters.");
        }
        return t;
    }

    /** A post was added. */
    void posted(Instant at) {
        postCount++;
        if (at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    void answeredBy(Long postId) {
        this.answerPostId = postId;
    }

    public Long getAnswerPostId() {
        return answerPostId;
    }

    public boolean isAnswered() {
        return answerPostId != null;
    }

    void moveTo(Board target) {
        this.board = Objects.requireNonNull(target, "board is required");
    }

    void discusses(Long page) {
        this.pageId = page;
    }

    public Long getPageId() {
        return pageId;
    }

    public void lock(boolean value) {
        this.locked = value;
    }

    public void pin(boolean value) {
        this.pinned = value;
    }

    public Board getBoard() {
        return board;
    }

    public String getTitle() {
        return title;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isLocked() {
        return locked;
    }

    public int getPostCount() {
        return postCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }
}
