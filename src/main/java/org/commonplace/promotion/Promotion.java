package org.commonplace.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.commonplace.shared.BaseEntity;

/** One publication of posts into a page: the revision it made, by whom, when and how it was placed. */
@Entity
@Table(name = "promotion")
public class Promotion extends BaseEntity {

    @Column(name = "page_id", nullable = false)
    private Long pageId;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Column(name = "editor_id")
    private Long editorId;

    @Column(name = "editor_name", nullable = false, length = 40)
    private String editorName;

    @Column(nullable = false, length = 20)
    private String placement;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "idempotency_key", length = 120)
    private String idempotencyKey;

    protected Promotion() {
    }

    Promotion(Long pageId, int revisionNumber, Long editorId, String editorName, String placement, Instant createdAt, String idempotencyKey) {
        this.pageId = pageId;
        this.revisionNumber = revisionNumber;
        this.editorId = editorId;
        this.editorName = editorName;
        this.placement = placement;
        this.createdAt = createdAt;
        this.idempotencyKey = idempotencyKey;
    }

    public Long getPageId() {
        return pageId;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public Long getEditorId() {
        return editorId;
    }

    public String getEditorName() {
        return editorName;
    }

    public String getPlacement() {
        return placement;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
