package org.commonplace.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One reader found one post helpful (at most once: the key is the pair). */
@Entity
@Table(name = "helpful_mark")
@IdClass(HelpfulMark.Key.class)
public class HelpfulMark {

    /** Composite key: account and post. */
    public record Key(Long accountId, Long postId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HelpfulMark() {
    }

    HelpfulMark(Long accountId, Long postId, Instant createdAt) {
        this.accountId = accountId;
        this.postId = postId;
        this.createdAt = createdAt;
    }
}
