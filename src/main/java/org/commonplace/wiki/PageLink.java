package org.commonplace.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A wiki link in a page's current revision: to a slug in a space, whether or not that page exists yet. */
@Entity
@Table(name = "page_link")
public class PageLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "page_id", nullable = false)
    private Long pageId;

    @Column(name = "target_space_id", nullable = false)
    private Long targetSpaceId;

    @Column(name = "target_slug", nullable = false, length = Page.SLUG_MAX)
    private String targetSlug;

    @Column(name = "target_title", nullable = false, length = Page.TITLE_MAX)
    private String targetTitle;

    protected PageLink() {
    }

    PageLink(Long pageId, Long targetSpaceId, String targetSlug, String targetTitle) {
        this.pageId = pageId;
        this.targetSpaceId = targetSpaceId;
        this.targetSlug = targetSlug;
        this.targetTitle = targetTitle.length() > Page.TITLE_MAX ? targetTitle.substring(0, Page.TITLE_MAX) : targetTitle;
    }

    public Long getPageId() {
        return pageId;
    }

    public Long getTargetSpaceId() {
        return targetSpaceId;
    }

    public String getTargetSlug() {
        return targetSlug;
    }

    public String getTargetTitle() {
        return targetTitle;
    }
}
