package org.commonplace.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.commonplace.shared.BaseEntity;

/**
 * A post (or an excerpt of it: a character range of its Markdown) that went into a promoted section.
 * {@code postVersion} says which edit of the post: 0 is the text as first written, n the text after n edits.
 */
@Entity
@Table(name = "promoted_source")
public class PromotedSource extends BaseEntity {

    @Column(name = "section_id", nullable = false)
    private Long sectionId;

    @Column(name = "promotion_id", nullable = false)
    private Long promotionId;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "author_name", nullable = false, length = 40)
    private String authorName;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "post_version", nullable = false)
    private int postVersion;

    @Column(name = "excerpt_start")
    private Integer excerptStart;

    @Column(name = "excerpt_end")
    private Integer excerptEnd;

    protected PromotedSource() {
    }

    PromotedSource(Long sectionId, Long promotionId, Long postId, Long threadId, String authorName, Instant postedAt, int postVersion,
            Integer excerptStart, Integer excerptEnd) {
        this.sectionId = sectionId;
        this.promotionId = promotionId;
        this.postId = postId;
        this.threadId = threadId;
        this.authorName = authorName;
        this.postedAt = postedAt;
        this.postVersion = postVersion;
        this.excerptStart = excerptStart;
        this.excerptEnd = excerptEnd;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public Long getPromotionId() {
        return promotionId;
    }

    public Long getPostId() {
        return postId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public int getPostVersion() {
        return postVersion;
    }

    public Integer getExcerptStart() {
        return excerptStart;
    }

    public Integer getExcerptEnd() {
        return excerptEnd;
    }
}
