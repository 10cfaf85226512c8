package org.commonplace.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonplace.shared.BaseEntity;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.space.Space;

/** A discussion board of a space, listed in its position order. */
@Entity
@Table(name = "board")
public class Board extends BaseEntity {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private Space space;

    @Column(nullable = false, length = Space.SLUG_MAX)
    private String slug;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean questions;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Board() {
    }

    public Board(Space space, String slug, String name, String description, int position, boolean questions, Instant createdAt) {
        this.space = Objects.requireNonNull(space, "space is required");
        if (slug == null || !Space.SLUG.matcher(slug).matches()) {
            throw new InvalidInputException("slug", "A board's short name has lower-case letters, digits and dashes.");
        }
        this.slug = slug;
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            throw new InvalidInputException("name", "A board's name has 1 to " + NAME_MAX + " characters.");
        }
        this.name = n;
        this.description = description == null ? "" : description.strip();
        if (this.description.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("description", "A description has at most " + DESCRIPTION_MAX + " characters.");
        }
        this.position = position;
        this.questions = questions;
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
    }

    public Space getSpace() {
        return space;
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

    public int getPosition() {
        return position;
    }

    public boolean isQuestions() {
        return questions;
    }
}
