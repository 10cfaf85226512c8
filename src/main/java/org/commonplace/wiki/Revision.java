package org.commonplace.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One saved state of a page. Immutable once written, except that its stored HTML is replaced when the
 * renderer version changes (the Markdown, which is the record, never changes).
 */
@Entity
@Table(name = "revision")
public class Revision {

    public static final int SUMMARY_MAX = 500;
    /** The largest page body accepted: 1 MB of text. */
    public static final int MARKDOWN_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id")
    private Page page;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = Page.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = 1_100_000)
    private String markdown;

    @Column(nullable = false, length = 8_000_000)
    private String html;

    @Column(name = "renderer_version", nullable = false)
    private int rendererVersion;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 40)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(nullable = false)
    private boolean minor;

    @Column(name = "parent_number")
    private Integer parentNumber;

    @Column(nullable = false)
    private int size;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    protected Revision() {
    }

    Revision(Page page, int number, String title, String markdown, String html, int rendererVersion, Long authorId,
            String authorName, Instant createdAt, String summary, boolean minor, Integer parentNumber, int size, String contentHash) {
        this.page = Objects.requireNonNull(page, "page is required");
        this.number = number;
        this.title = title;
        this.markdown = Objects.requireNonNull(markdown, "markdown is required");
        this.html = Objects.requireNonNull(html, "html is required");
        this.rendererVersion = rendererVersion;
        this.authorId = authorId;
        this.authorName = Objects.requireNonNull(authorName, "author is required");
        this.createdAt = Objects.requireNonNull(createdAt, "time is required");
        this.summary = summary == null ? "" : summary;
        this.minor = minor;
        this.parentNumber = parentNumber;
        this.size = size;
        this.contentHash = contentHash;
    }

    /** Replaces the stored HTML made by an older renderer. */
    void rerendered(String newHtml, int version) {
        this.html = newHtml;
        this.rendererVersion = version;
    }

    public Long getId() {
        return id;
    }

    public Page getPage() {
        return page;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getHtml() {
        return html;
    }

    public int getRendererVersion() {
        return rendererVersion;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isMinor() {
        return minor;
    }

    public Integer getParentNumber() {
        return parentNumber;
    }

    public int getSize() {
        return size;
    }

    public String getContentHash() {
        return contentHash;
    }
}
