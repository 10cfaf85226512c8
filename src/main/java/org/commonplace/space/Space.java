package org.commonplace.space;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.commonplace.shared.BaseEntity;
import org.commonplace.shared.InvalidInputException;
import org.hibernate.annotations.OptimisticLock;

/** A community area with its own pages, boards and phrasebook terms. */
@Entity
@Table(name = "space")
public class Space extends BaseEntity {

    public static final int SLUG_MAX = 60;
    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;
    public static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "edit_policy", nullable = false, length = 20)
    private EditPolicy editPolicy = EditPolicy.MEMBERS;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether phrasebook terms are marked in this space's pages and posts (its administrators decide). */
    @Column(name = "term_marking", nullable = false)
    private boolean termMarking = true;

    /**
     * Moved by every post and page save in the space. Not part of the optimistic lock: concurrent writes in one
     * space would otherwise fail each other's transactions on this row (found by the load benchmark).
     */
    @OptimisticLock(excluded = true)
    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    protected Space() {
    }

    public Space(String slug, String name, String description, Visibility visibility, Instant createdAt) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new InvalidInputException("slug", "A space's short name has lower-case letters, digits and dashes (at most 60).");
        }
        this.slug = slug;
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
        this.lastActivityAt = createdAt;
        describe(name, description);
        changeVisibility(visibility);
    }

    public final void describe(String newName, String newDescription) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            throw new InvalidInputException("name", "A space's name has 1 to " + NAME_MAX + " characters.");
        }
        String d = newDescription == null ? "" : newDescription.strip();
        if (d.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("description", "A description has at most " + DESCRIPTION_MAX + " characters.");
        }
        this.name = n;
        this.description = d;
    }

    public final void changeVisibility(Visibility newVisibility) {
        this.visibility = Objects.requireNonNull(newVisibility, "visibility is required");
    }

    public void changeEditPolicy(EditPolicy policy) {
        this.editPolicy = Objects.requireNonNull(policy, "edit policy is required");
    }

    public void changeTermMarking(boolean on) {
        this.termMarking = on;
    }

    public boolean isTermMarking() {
        return termMarking;
    }

    /** Something happened in the space (a page saved, a post written); the home page lists spaces by this. */
    public void touch(Instant at) {
        if (at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public EditPolicy getEditPolicy() {
        return editPolicy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }
}
