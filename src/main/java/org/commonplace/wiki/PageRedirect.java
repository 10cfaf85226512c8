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

/** A slug a page used to have; visiting it leads to the page with a "redirected from" note. */
@Entity
@Table(name = "page_redirect")
public class PageRedirect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "space_id", nullable = false)
    private Long spaceId;

    @Column(nullable = false, length = Page.SLUG_MAX)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id")
    private Page page;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PageRedirect() {
    }

    PageRedirect(Long spaceId, String slug, Page page, Instant createdAt) {
        this.spaceId = spaceId;
        this.slug = slug;
        this.page = page;
        this.createdAt = createdAt;
    }

    public String getSlug() {
        return slug;
    }

    public Page getPage() {
        return page;
    }

    void pointTo(Page target) {
        this.page = target;
    }
}
