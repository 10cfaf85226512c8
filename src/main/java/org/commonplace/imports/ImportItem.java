package org.commonplace.imports;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One imported item (page, revision, thread or post), keyed by its id in the source within the target space:
 * the key that makes a re-run skip it, and the provenance shown on the item ("Imported from Ning", original
 * author and date). For converted wiki text the original is kept here.
 */
@Entity
@Table(name = "import_item")
public class ImportItem implements PrivateState {

    /**
     * What an item became: a page, revision, thread or post; a space (a Ning group, keyed under the import's target
     * space); an attachment (a file an item referred to); the page that holds a space's imported post files.
     */
    public enum Kind { PAGE, REVISION, THREAD, POST, SPACE, ATTACHMENT, FILES_PAGE }

    static final int KEY_MAX = 300;
    static final int AUTHOR_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "space_id", nullable = false)
    private Long spaceId;

    @Column(name = "source_key", nullable = false, length = KEY_MAX)
    private String sourceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Column(name = "job_id")
    private Long jobId;

    @Column(name = "original_author", length = AUTHOR_MAX)
    private String originalAuthor;

    @Column(name = "original_date")
    private Instant originalDate;

    @Column(name = "original_text", length = 1_100_000)
    private String originalText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ImportItem() {
    }

    ImportItem(Long spaceId, String sourceKey, ImportFormat format, Kind kind, Long targetId, Long jobId, String originalAuthor,
            Instant originalDate, String originalText, Instant createdAt) {
        this.spaceId = spaceId;
        this.sourceKey = sourceKey;
        this.format = format;
        this.kind = kind;
        this.targetId = targetId;
        this.jobId = jobId;
        this.originalAuthor = originalAuthor == null || originalAuthor.length() <= AUTHOR_MAX ? originalAuthor
                : originalAuthor.substring(0, AUTHOR_MAX);
        this.originalDate = originalDate;
        this.originalText = originalText;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getTargetId() {
        return targetId;
    }

    public Long getJobId() {
        return jobId;
    }

    public String getOriginalAuthor() {
        return originalAuthor;
    }

    public Instant getOriginalDate() {
        return originalDate;
    }

    public String getOriginalText() {
        return originalText;
    }
}
