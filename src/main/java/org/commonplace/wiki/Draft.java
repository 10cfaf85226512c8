package org.commonplace.wiki;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.commonplace.shared.BaseEntity;

/**
 * What someone was typing into a page's editor, saved as they type. One per person and page (or page to be
 * created, by slug); removed when they publish. The next edit offers to restore it.
 */
@Entity
@Table(name = "draft")
public class Draft extends BaseEntity implements PrivateState {

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "space_id", nullable = false)
    private Long spaceId;

    @Column(nullable = false, length = Page.SLUG_MAX)
    private String slug;

    @Column(nullable = false, length = Page.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = 1_100_000)
    private String markdown;

    @Column(nullable = false, length = Revision.SUMMARY_MAX)
    private String summary;

    @Column(name = "base_revision", nullable = false)
    private int baseRevision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Draft() {
    }

    Draft(Long accountId, Long spaceId, String slug) {
        this.accountId = accountId;
        this.spaceId = spaceId;
        this.slug = slug;
    }

    void update(String title, String markdown, String summary, int baseRevision, Instant at) {
        this.title = title == null ? "" : cut(title, Page.TITLE_MAX);
        this.markdown = markdown == null ? "" : markdown;
        this.summary = summary == null ? "" : cut(summary, Revision.SUMMARY_MAX);
        this.baseRevision = baseRevision;
        this.updatedAt = at;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getSummary() {
        return summary;
    }

    public int getBaseRevision() {
        return baseRevision;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
