package org.commonplace.notify;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * How far an account has read a thread: the greatest post id it has seen. Post ids grow with time, so every
 * post with a greater id is new to it. The position only ever moves forward.
 */
@Entity
@Table(name = "read_position")
@IdClass(ReadPosition.Key.class)
public class ReadPosition implements PrivateState {

    /** Composite key: account and thread. */
    public record Key(Long accountId, Long threadId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "last_read_post_id", nullable = false)
    private long lastReadPostId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReadPosition() {
    }

    ReadPosition(Long accountId, Long threadId, long lastReadPostId, Instant updatedAt) {
        this.accountId = accountId;
        this.threadId = threadId;
        this.lastReadPostId = lastReadPostId;
        this.updatedAt = updatedAt;
    }

    /** Moves forward to {@code postId}; an older post leaves the position where it is. */
    void advanceTo(long postId, Instant at) {
        if (postId > lastReadPostId) {
            lastReadPostId = postId;
            updatedAt = at;
        }
    }

    public long getLastReadPostId() {
        return lastReadPostId;
    }
}
