package org.commonplace.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member flagged a thread "worth distilling" (once each: the key is the pair). */
@Entity
@Table(name = "distil_flag")
@IdClass(DistilFlag.Key.class)
public class DistilFlag {

    /** Composite key: thread and account. */
    public record Key(Long threadId, Long accountId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "thread_id")
    private Long threadId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DistilFlag() {
    }

    DistilFlag(Long threadId, Long accountId, Instant createdAt) {
        this.threadId = threadId;
        this.accountId = accountId;
        this.createdAt = createdAt;
    }
}
