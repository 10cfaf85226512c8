package org.commonplace.wiki;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.commonplace.shared.BaseEntity;

/** A file attached to a page, kept in the database (no local files, so any node can serve it). */
@Entity
@Table(name = "attachment")
public class Attachment extends BaseEntity {

    public static final int FILENAME_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id")
    private Page page;

    @Column(nullable = false, length = FILENAME_MAX)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    @Column(name = "uploader_id")
    private Long uploaderId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(Page page, String filename, String contentType, byte[] data, Long uploaderId, Instant createdAt) {
        this.page = page;
        this.filename = filename;
        this.contentType = contentType;
        this.data = data;
        this.size = data.length;
        this.uploaderId = uploaderId;
        this.createdAt = createdAt;
    }

    public void replace(String newContentType, byte[] newData, Long uploader, Instant at) {
        this.contentType = newContentType;
        this.data = newData;
        this.size = newData.length;
        this.uploaderId = uploader;
        this.createdAt = at;
    }

    public Page getPage() {
        return page;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getData() {
        return data;
    }

    public Long getUploaderId() {
        return uploaderId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
