package org.commonplace.wiki;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.commonplace.shared.BaseEntity;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.space.Space;

/** A wiki page in a space: its current title and slug, and the number of its latest revision. */
@Entity
@Table(name = "page")
public class Page extends BaseEntity {

    public static final int TITLE_MAX = 200;
    public static final int SLUG_MAX = 120;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 20;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private Space space;

    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "page_tag", joinColumns = @JoinColumn(name = "page_id"))
    @Column(name = "tag", length = TAG_MAX)
    private Set<String> tags = new TreeSet<>();

    protected Page() {
    }

    public Page(Space space, String slug, String title, Instant createdAt) {
        this.space = Objects.requireNonNull(space, "space is required");
        this.slug = Objects.requireNonNull(slug, "slug is required");
        this.title = requireTitle(title);
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
        this.updatedAt = createdAt;
    }

    public static String requireTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > TITLE_MAX) {
            throw new InvalidInputException("title", "A page title has 1 to " + TITLE_MAX + " characters.");
        }
        return t;
    }

    /** Normalises tags: lower case, trimmed, letters/digits/dashes, at most {@value #TAGS_MAX}. */
    public static Set<String> normaliseTags(Collection<String> raw) {
        Set<String> result = new TreeSet<>();
        for (String tag : raw) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > TAG_MAX) {
                throw new InvalidInputException("tags", "A tag has at most " + TAG_MAX + " characters.");
            }
            result.add(t);
        }
        if (result.size() > TAGS_MAX) {
            throw new InvalidInputException("tags", "A page has at most " + TAGS_MAX + " tags.");
        }
        return result;
    }

    /** A new revision became current. */
    void advance(int number, Instant at) {
        this.currentRevision = number;
        this.updatedAt = at;
    }

    void rename(String newSlug, String newTitle) {
        this.slug = Objects.requireNonNull(newSlug, "slug is required");
        this.title = requireTitle(newTitle);
    }

    void markDeleted(boolean value) {
        this.deleted = value;
    }

    void retag(Set<String> newTags) {
        tags.clear();
        tags.addAll(newTags);
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

    public int getCurrentRevision() {
        return currentRevision;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<String> getTags() {
        return java.util.Collections.unmodifiableSet(tags);
    }
}
