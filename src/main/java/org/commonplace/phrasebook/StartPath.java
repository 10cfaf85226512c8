package org.commonplace.phrasebook;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.shared.BaseEntity;
import org.commonplace.space.Space;

/** A curated "start here" path: ordered steps, each a page, a thread or a term. Site-wide without a space. */
@Entity
@Table(name = "start_path")
public class StartPath extends BaseEntity {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int STEPS_MAX = 30;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "space_id")
    private Space space;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "path", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<StartStep> steps = new ArrayList<>();

    protected StartPath() {
    }

    StartPath(Space space, String slug, int position, Instant createdAt) {
        this.space = space;
        this.slug = slug;
        this.position = position;
        this.createdAt = createdAt;
    }

    void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public Space getSpace() {
        return space;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }

    public List<StartStep> getSteps() {
        return steps;
    }
}
