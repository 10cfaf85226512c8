package org.commonplace.notify;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An account follows one thread or one board (exactly one of the two). Plain ids rather than associations:
 * the row is only ever looked up by account and target, never navigated.
 */
@Entity
@Table(name = "subscription")
public class Subscription implements PrivateState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "board_id")
    private Long boardId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Subscription() {
    }

    private Subscription(Long accountId, Long threadId, Long boardId, Instant createdAt) {
        this.accountId = Objects.requireNonNull(accountId, "account is required");
        this.threadId = threadId;
        this.boardId = boardId;
        this.createdAt = Objects.requireNonNull(createdAt, "time is required");
    }

    static Subscription toThread(Long accountId, long threadId, Instant createdAt) {
        return new Subscription(accountId, threadId, null, createdAt);
    }

    static Subscription toBoard(Long accountId, long boardId, Instant createdAt) {
        return new Subscription(accountId, null, boardId, createdAt);
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getBoardId() {
        return boardId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
