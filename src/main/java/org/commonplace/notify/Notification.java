package org.commonplace.notify;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing an account is told about: a post in a thread, why ({@link NotificationKind}), who wrote it, and
 * whether it has been read. At most one per account and post.
 */
@Entity
@Table(name = "notification")
public class Notification implements PrivateState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    @Column(name = "actor_name", nullable = false, length = 40)
    private String actorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(Long accountId, NotificationKind kind, long threadId, long postId, String actorName, Instant createdAt) {
        this.accountId = Objects.requireNonNull(accountId, "account is required");
        this.kind = Objects.requireNonNull(kind, "kind is required");
        this.threadId = threadId;
        this.postId = postId;
        this.actorName = Objects.requireNonNull(actorName, "actor is required");
        this.createdAt = Objects.requireNonNull(createdAt, "time is required");
    }

    /** Marks it read; a second call keeps the first time. */
    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getPostId() {
        return postId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
