package org.commonplace.community;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.commonplace.markup.SafeUrls;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.Fields;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.Tags;

/** An entry of the community directory. The same address cannot be suggested twice ({@link #urlKey}). */
@Entity
@Table(name = "community")
public class Community extends org.commonplace.shared.BaseEntity {

    public static final int NAME_MAX = 120;
    public static final int URL_MAX = 300;
    public static final int PLATFORM_MAX = 60;
    public static final int AUDIENCE_MAX = 300;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int TOPICS_MAX = 8;
    public static final int NOTE_MAX = 500;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = URL_MAX)
    private String url;

    @Column(name = "url_key", nullable = false, length = URL_MAX)
    private String urlKey;

    @Column(nullable = false, length = PLATFORM_MAX)
    private String platform;

    @ElementCollection
    @CollectionTable(name = "community_topic", joinColumns = @JoinColumn(name = "community_id"))
    @Column(name = "topic", length = Tags.TAG_MAX)
    @OrderBy
    private Set<String> topics = new LinkedHashSet<>();

    @Column(length = AUDIENCE_MAX)
    private String audience;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Activity activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryState state;

    @Column(nullable = false)
    private boolean example;

    @Column(name = "suggested_by")
    private Long suggestedBy;

    @Column(name = "suggested_name", nullable = false, length = 40)
    private String suggestedName;

    @Column(name = "reviewed_by_name", length = 40)
    private String reviewedByName;

    @Column(name = "review_note", length = NOTE_MAX)
    private String reviewNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "idempotency_key", length = 120)
    private String idempotencyKey;

    protected Community() {
    }

    Community(Details details, Long suggestedBy, String suggestedName, boolean example, Instant now, String idempotencyKey) {
        this.name = details.name();
        this.url = details.url();
        this.urlKey = urlKey(details.url());
        this.platform = details.platform();
        this.topics.addAll(details.topics());
        this.audience = details.audience();
        this.description = details.description();
        this.activity = details.activity();
        this.state = EntryState.SUGGESTED;
        this.example = example;
        this.suggestedBy = suggestedBy;
        this.suggestedName = Objects.requireNonNull(suggestedName, "who suggested it is required");
        this.createdAt = Objects.requireNonNull(now, "time is required");
        this.idempotencyKey = idempotencyKey;
    }

    /** The checked fields of a suggestion; building one validates every limit. */
    public record Details(String name, String url, String platform, List<String> topics, String audience, String description,
            Activity activity) {

        public static Details of(String name, String url, String platform, String topics, String audience, String description,
                Activity activity) {
            String link = Fields.line(url, URL_MAX, true, "url", "The address");
            if (!SafeUrls.isWebAddress(link)) {
                throw new InvalidInputException("url", "The address must be a web address starting with https:// or http://.");
            }
            if (activity == null) {
                throw new InvalidInputException("activity", "Say how active the community is.");
            }
            return new Details(
                    Fields.line(name, NAME_MAX, true, "name", "A name"),
                    link,
                    Fields.line(platform, PLATFORM_MAX, true, "platform", "The platform"),
                    Tags.parse(topics, TOPICS_MAX, "topics", "Topics"),
                    Fields.line(audience, AUDIENCE_MAX, false, "audience", "The audience"),
                    Fields.text(description, DESCRIPTION_MAX, false, "description", "The description"),
                    activity);
        }

        public Details {
            topics = List.copyOf(topics);
        }

        Details withPlatform(String canonical) {
            return new Details(name, url, canonical, topics, audience, description, activity);
        }
    }

    /** The form under which addresses are unique: no scheme, no "www.", no trailing slash, lower case. */
    public static String urlKey(String url) {
        String k = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        while (k.endsWith("/")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }

    void approve(String reviewer, String note, Instant now) {
        review(EntryState.APPROVED, reviewer, note, now);
    }

    void reject(String reviewer, String note, Instant now) {
        review(EntryState.REJECTED, reviewer, note, now);
    }

    private void review(EntryState next, String reviewer, String note, Instant now) {
        if (state != EntryState.SUGGESTED) {
            throw new ConflictException("\"" + name + "\" was " + state.name().toLowerCase(Locale.ROOT) + " already"
                    + (reviewedByName == null ? "." : " by " + reviewedByName + "."));
        }
        this.state = next;
        this.reviewedByName = reviewer;
        this.reviewNote = Fields.line(note, NOTE_MAX, false, "note", "A note");
        this.reviewedAt = now;
    }

    /** Seeded examples are listed at once. */
    void approveExample(Instant now) {
        this.state = EntryState.APPROVED;
        this.reviewedAt = now;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getPlatform() {
        return platform;
    }

    public List<String> getTopics() {
        return List.copyOf(topics);
    }

    public String getAudience() {
        return audience;
    }

    public String getDescription() {
        return description;
    }

    public Activity getActivity() {
        return activity;
    }

    public EntryState getState() {
        return state;
    }

    public boolean isExample() {
        return example;
    }

    public String getSuggestedName() {
        return suggestedName;
    }

    public Long getSuggestedBy() {
        return suggestedBy;
    }

    public String getReviewedByName() {
        return reviewedByName;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
