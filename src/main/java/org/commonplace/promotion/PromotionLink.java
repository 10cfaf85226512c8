package org.commonplace.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.commonplace.shared.BaseEntity;

/**
 * A thread promoted into a page, for sync: the newest post and post edit of the thread the page's editors have
 * taken into account (by promoting, folding in or marking reviewed). Anything newer is "new since promoted".
 */
@Entity
@Table(name = "promotion_link")
public class PromotionLink extends BaseEntity {

    @Column(name = "page_id", nullable = false)
    private Long pageId;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "seen_post_id", nullable = false)
    private long seenPostId;

    @Column(name = "seen_edit_id", nullable = false)
    private long seenEditId;

    protected PromotionLink() {
    }

    PromotionLink(Long pageId, Long threadId) {
        this.pageId = pageId;
        this.threadId = threadId;
    }

    void seen(long postId, long editId) {
        this.seenPostId = Math.max(seenPostId, postId);
        this.seenEditId = Math.max(seenEditId, editId);
    }

    public Long getPageId() {
        return pageId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public long getSeenPostId() {
        return seenPostId;
    }

    public long getSeenEditId() {
        return seenEditId;
    }
}
