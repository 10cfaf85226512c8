package org.commonplace.phrasebook;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.commonplace.shared.BaseEntity;
import org.commonplace.space.Space;

/**
 * A phrasebook entry: the term, its aliases, a short definition (the tooltip), a longer Markdown explanation
 * and related pages and threads. Site-wide when it has no space; otherwise it belongs to (and is read with) one space.
 */
@Entity
@Table(name = "term")
public class Term extends BaseEntity {

    public static final int TERM_MAX = 100;
    public static final int DEFINITION_MAX = 280;
    public static final int EXPLANATION_MAX = 64_000;
    public static final int ALIASES_MAX = 20;
    public static final int RELATED_MAX = 20;
    public static final int REF_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "space_id")
    private Space space;

    /** 0 for site-wide terms, the space's id otherwise (a NOT NULL column, so the unique key works everywhere). */
    @Column(name = "scope_id", nullable = false)
    private long scopeId;

    @Column(nullable = false, length = TERM_MAX)
    private String term;

    @Column(name = "term_key", nullable = false, length = TERM_MAX)
    private String termKey;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false, length = DEFINITION_MAX)
    private String definition;

    @Column(nullable = false, length = 70_000)
    private String explanation;

    @Column(name = "explanation_html", nullable = false, length = 600_000)
    private String explanationHtml;

    @ElementCollection
    @CollectionTable(name = "term_alias", joinColumns = @JoinColumn(name = "term_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = TERM_MAX)
    private List<String> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "term_related", joinColumns = @JoinColumn(name = "term_id"))
    @OrderColumn(name = "position")
    @Column(name = "ref", nullable = false, length = REF_MAX)
    private List<String> related = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Term() {
    }

    Term(Space space, String slug, Instant at) {
        this.space = space;
        this.scopeId = space == null ? 0 : space.getId();
        this.slug = slug;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void update(TermInput in, String html, Instant at) {
        this.term = in.term();
        this.termKey = TermInput.key(in.term());
        this.definition = in.definition();
        this.explanation = in.explanation();
        this.explanationHtml = html;
        this.aliases.clear();
        this.aliases.addAll(in.aliases());
        this.related.clear();
        this.related.addAll(in.related());
        this.updatedAt = at;
    }

    public Space getSpace() {
        return space;
    }

    public String getTerm() {
        return term;
    }

    public String getSlug() {
        return slug;
    }

    public String getDefinition() {
        return definition;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getExplanationHtml() {
        return explanationHtml;
    }

    public List<String> getAliases() {
        return aliases;
    }

    public List<String> getRelated() {
        return related;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The term and its aliases: what the marker looks for. */
    public List<String> phrases() {
        List<String> all = new ArrayList<>();
        all.add(term);
        all.addAll(aliases);
        return all;
    }
}
