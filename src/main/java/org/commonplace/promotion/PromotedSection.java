package org.commonplace.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.commonplace.shared.BaseEntity;

/**
 * A section of the promoted revision that holds promoted text: its heading anchor ("" for the text before the
 * first heading), its heading and a fingerprint of its text as published, so later revisions can find it again
 * (by anchor, else by fingerprint) and tell whether it drifted from its sources.
 */
@Entity
@Table(name = "promoted_section")
public class PromotedSection extends BaseEntity {

    @Column(name = "promotion_id", nullable = false)
    private Long promotionId;

    @Column(nullable = false, length = 200)
    private String anchor;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(nullable = false)
    private int position;

    protected PromotedSection() {
    }

    PromotedSection(Long promotionId, String anchor, String title, String fingerprint, int position) {
        this.promotionId = promotionId;
        this.anchor = cut(anchor, 200);
        this.title = cut(title, 300);
        this.fingerprint = fingerprint;
        this.position = position;
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getPromotionId() {
        return promotionId;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getTitle() {
        return title;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public int getPosition() {
        return position;
    }
}
