package org.commonplace.casestudy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.commonplace.shared.BaseEntity;
import org.commonplace.shared.Fields;
import org.commonplace.shared.Tags;

/** One case study. The three Markdown parts (tried, outcome, lessons) are stored as written and rendered when shown. */
@Entity
@Table(name = "case_study")
public class CaseStudy extends BaseEntity {

    public static final int TITLE_MAX = 200;
    public static final int ORGANISATION_MAX = 120;
    public static final int SECTOR_MAX = 60;
    public static final int REGION_MAX = 60;
    public static final int TOOLS_MAX = 12;
    public static final int TEXT_MAX = 20_000;
    public static final int CONTACT_MAX = 200;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = ORGANISATION_MAX)
    private String organisation;

    @Column(nullable = false, length = SECTOR_MAX)
    private String sector;

    @Column(nullable = false, length = REGION_MAX)
    private String region;

    @ElementCollection
    @CollectionTable(name = "case_study_tool", joinColumns = @JoinColumn(name = "case_study_id"))
    @Column(name = "tool", length = Tags.TAG_MAX)
    @OrderBy
    private Set<String> tools = new LinkedHashSet<>();

    @Column(nullable = false, length = TEXT_MAX)
    private String tried;

    @Column(nullable = false, length = TEXT_MAX)
    private String outcome;

    @Column(nullable = false, length = TEXT_MAX)
    private String lessons;

    @Column(length = CONTACT_MAX)
    private String contact;

    /** Fictional example content (seeded), shown with a note saying so. */
    @Column(nullable = false)
    private boolean example;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 40)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "idempotency_key", length = 120)
    private String idempotencyKey;

    protected CaseStudy() {
    }

    CaseStudy(String slug, Content content, Long authorId, String authorName, boolean example, Instant now, String idempotencyKey) {
        this.slug = Objects.requireNonNull(slug, "slug is required");
        this.authorId = authorId;
        this.authorName = Objects.requireNonNull(authorName, "author is required");
        this.example = example;
        this.createdAt = Objects.requireNonNull(now, "time is required");
        this.idempotencyKey = idempotencyKey;
        revise(content, now);
    }

    /**
     * The checked fields of a case study. Building one validates every limit, so an invalid form never reaches an
     * entity.
     */
    public record Content(String title, String organisation, String sector, String region, List<String> tools, String tried,
            String outcome, String lessons, String contact) {

        public static Content of(String title, String organisation, String sector, String region, String tools, String tried,
                String outcome, String lessons, String contact) {
            return new Content(
                    Fields.line(title, TITLE_MAX, true, "title", "A title"),
                    Fields.line(organisation, ORGANISATION_MAX, true, "organisation", "The organisation"),
                    Fields.line(sector, SECTOR_MAX, true, "sector", "The sector"),
                    Fields.line(region, REGION_MAX, true, "region", "The region"),
                    Tags.parse(tools, TOOLS_MAX, "tools", "Tools"),
                    Fields.text(tried, TEXT_MAX, true, "tried", "\"What was tried\""),
                    Fields.text(outcome, TEXT_MAX, true, "outcome", "\"Outcome\""),
                    Fields.text(lessons, TEXT_MAX, true, "lessons", "\"Lessons\""),
                    Fields.line(contact, CONTACT_MAX, false, "contact", "A contact"));
        }

        public Content {
            tools = List.copyOf(tools);
        }

        Content withLabels(String sector, String region) {
            return new Content(title, organisation, sector, region, tools, tried, outcome, lessons, contact);
        }
    }

    void revise(Content c, Instant now) {
        this.title = c.title();
        this.organisation = c.organisation();
        this.sector = c.sector();
        this.region = c.region();
        this.tools.retainAll(c.tools());
        this.tools.addAll(c.tools());
        this.tried = c.tried();
        this.outcome = c.outcome();
        this.lessons = c.lessons();
        this.contact = c.contact();
        this.updatedAt = now;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getSector() {
        return sector;
    }

    public String getRegion() {
        return region;
    }

    public List<String> getTools() {
        return List.copyOf(tools);
    }

    public String getTried() {
        return tried;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getLessons() {
        return lessons;
    }

    public String getContact() {
        return contact;
    }

    public boolean isExample() {
        return example;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
