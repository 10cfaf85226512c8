package org.commonplace.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.commonplace.shared.PrivateState;

/** A post in an editor's collection, waiting to be promoted together with posts of other threads. */
@Entity
@Table(name = "promotion_collection")
@IdClass(CollectedPost.Key.class)
public class CollectedPost implements PrivateState {

    /** Composite key: the editor and the post. */
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

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CollectedPost() {
    }

    public CollectedPost(long accountId, long postId, Instant addedAt) {
        this.accountId = accountId;
        this.postId = postId;
        this.addedAt = addedAt;
    }

    public Long getPostId() {
        return postId;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
