package org.commonplace.wiki;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Someone watches a page (notifications arrive with the notification issue). */
@Entity
@Table(name = "page_watch")
@IdClass(PageWatch.Key.class)
public class PageWatch implements PrivateState {

    /** Composite key: account and page. */
    public record Key(Long accountId, Long pageId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "page_id")
    private Long pageId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PageWatch() {
    }

    PageWatch(Long accountId, Long pageId, Instant createdAt) {
        this.accountId = accountId;
        this.pageId = pageId;
        this.createdAt = createdAt;
    }
}
