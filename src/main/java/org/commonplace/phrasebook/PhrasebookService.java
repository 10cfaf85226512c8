package org.commonplace.phrasebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.commonplace.markup.Slugs;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.space.Action;
import org.commonplace.space.Role;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceFilter;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.wiki.WikiLinkStates;

/**
 * The phrasebook: terms (site-wide or per space), their listing, their pages with "used in", editing, and what
 * the marker needs. Who may read a term is who may read its space ({@link SpaceAccess}); site-wide terms are
 * public. Site administrators edit site-wide terms, a space's editors its own.
 */
@ApplicationScoped
@Transactional
public class PhrasebookService {

    /** At most this many pages or posts are scanned for a term's "used in" lists. */
    static final int USAGE_SCAN_MAX = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    @Inject
    WikiLinkStates linkStates;

    /** A term as listings and the API show it. */
    public record TermSummary(String slug, String term, List<String> aliases, String definition, String spaceSlug, String spaceName) {
    }

    /** A page or thread a term page links to. */
    public record Usage(String title, String url, String where) {
    }

    /** Everything the term page shows. */
    public record TermDetail(TermSummary summary, String explanation, String explanationHtml, List<Usage> relatedPages,
            List<Usage> relatedThreads, List<Usage> usedInPages, List<Usage> usedInThreads, boolean usageTruncated, boolean canEdit,
            List<String> related) {
    }

    // ----- generation (the key of every cache of marked content) -----

    public long generation() {
        return ((Number) em.createNativeQuery("SELECT generation FROM phrasebook_state WHERE id = 1").getSingleResult()).longValue();
    }

    private void bump() {
        em.createNativeQuery("UPDATE phrasebook_state SET generation = generation + 1 WHERE id = 1").executeUpdate();
    }

    // ----- reading -----

    private String readableTerms(String alias) {
        return "(" + alias + ".space is null or " + alias + ".space.id in (select s.id from Space s where %s))";
    }

    private String filtered(SpaceFilter filter, String alias) {
        return String.format(readableTerms(alias), filter.jpql("s"));
    }

    /** Terms the viewer may read, A–Z, filtered by {@code q} (term, aliases, definition) and a first letter. */
    public Paged<TermSummary> list(Viewer viewer, String q, String letter, PageRequest page) {
        SpaceFilter filter = access.readable(viewer);
        StringBuilder where = new StringBuilder(filtered(filter, "t"));
        String like = null;
        if (q != null && !q.isBlank()) {
            if (q.length() > 200) {
                throw new org.commonplace.shared.InvalidInputException("q", "A filter has at most 200 characters.");
            }
            like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            where.append(" and (t.termKey like :q escape '!' or lower(t.definition) like :q escape '!'"
                    + " or exists (select 1 from Term t2 join t2.aliases a where t2 = t and lower(a) like :q escape '!'))");
        }
        String first = letter == null || !letter.matches("[A-Za-z]") ? null : letter.toLowerCase(Locale.ROOT);
        if (first != null) {
            where.append(" and t.termKey like :letter");
        }
        var count = filter.bind(em.createQuery("select count(t) from Term t where " + where, Long.class));
        var query = filter.bind(em.createQuery("select t from Term t left join fetch t.space where " + where + " order by t.termKey", Term.class));
        if (like != null) {
            count.setParameter("q", like);
            query.setParameter("q", like);
        }
        if (first != null) {
            count.setParameter("letter", first + "%");
            query.setParameter("letter", first + "%");
        }
        long total = count.getSingleResult();
        List<TermSummary> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(PhrasebookService::summary).toList();
        return new Paged<>(items, total, page);
    }

    /** The first letters (a–z) that have at least one term the viewer may read. */
    public Set<String> letters(Viewer viewer) {
        SpaceFilter filter = access.readable(viewer);
        List<String> keys = filter.bind(em.createQuery("select t.termKey from Term t where " + filtered(filter, "t"), String.class))
                .getResultList();
        Set<String> letters = new TreeSet<>();
        for (String k : keys) {
            char c = k.isEmpty() ? ' ' : k.charAt(0);
            if (c >= 'a' && c <= 'z') {
                letters.add(String.valueOf(c).toUpperCase(Locale.ROOT));
            }
        }
        return letters;
    }

    static TermSummary summary(Term t) {
        return new TermSummary(t.getSlug(), t.getTerm(), List.copyOf(t.getAliases()), t.getDefinition(),
                t.getSpace() == null ? null : t.getSpace().getSlug(), t.getSpace() == null ? null : t.getSpace().getName());
    }

    /** A term the viewer may read, by slug or by its name (or an alias), case-insensitively. Hidden is missing. */
    public Term find(Viewer viewer, String slugOrTerm) {
        if (slugOrTerm == null || slugOrTerm.isBlank() || slugOrTerm.length() > 200) {
            throw new NotFoundException("There is no such term.");
        }
        SpaceFilter filter = access.readable(viewer);
        String key = TermInput.key(slugOrTerm);
        Optional<Term> t = filter.bind(em.createQuery("select t from Term t left join fetch t.space where t.slug = :s and "
                + filtered(filter, "t"), Term.class)).setParameter("s", slugOrTerm).getResultStream().findFirst();
        if (t.isEmpty()) {
            t = filter.bind(em.createQuery("select t from Term t left join fetch t.space where t.termKey = :k and "
                    + filtered(filter, "t") + " order by t.scopeId", Term.class)).setParameter("k", key).getResultStream().findFirst();
        }
        if (t.isEmpty()) {
            t = filter.bind(em.createQuery("select distinct t from Term t join t.aliases a left join fetch t.space where lower(a) = :k and "
                    + filtered(filter, "t"), Term.class)).setParameter("k", key).getResultStream().findFirst();
        }
        return t.orElseThrow(() -> new NotFoundException("There is no such term."));
    }

    public TermSummary summary(Viewer viewer, String slugOrTerm) {
        return summary(find(viewer, slugOrTerm));
    }

    /** The term page: definition, explanation, related pages and threads, and where the term is used. */
    public TermDetail detail(Viewer viewer, String slug) {
        Term t = find(viewer, slug);
        List<Usage> relatedPages = new ArrayList<>();
        List<Usage> relatedThreads = new ArrayList<>();
        for (String ref : t.getRelated()) {
            resolve(viewer, ref).ifPresent(u -> (RelatedRef.isPage(ref) ? relatedPages : relatedThreads).add(u));
        }
        SpaceFilter filter = access.readable(viewer);
        TermMarker one = new TermMarker(List.of(new TermMarker.Entry(1, t.getSlug(), t.getTerm(), t.getDefinition(), t.phrases())));
        StringBuilder likes = new StringBuilder();
        List<String> patterns = new ArrayList<>();
        for (String phrase : t.phrases()) {
            patterns.add("%" + TermInput.key(phrase).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        String scope = t.getSpace() == null ? "" : " and s.id = " + t.getSpace().getId();
        StringBuilder pageLike = new StringBuilder();
        StringBuilder postLike = new StringBuilder();
        for (int i = 0; i < patterns.size(); i++) {
            pageLike.append(i == 0 ? "" : " or ").append("lower(cast(r.markdown as String)) like :p").append(i).append(" escape '!'");
            postLike.append(i == 0 ? "" : " or ").append("lower(cast(po.markdown as String)) like :p").append(i).append(" escape '!'");
        }
        var pageQuery = filter.bind(em.createQuery("select s.slug, s.name, p.slug, p.title, r.markdown from Revision r join r.page p join p.space s"
                + " where r.number = p.currentRevision and p.deleted = false and " + filter.jpql("s") + scope + " and (" + pageLike + ")"
                + " order by p.title", Object[].class));
        var postQuery = filter.bind(em.createQuery("select s.slug, s.name, th.id, th.title, po.markdown from Post po join po.thread th"
                + " join th.board b join b.space s where po.deleted = false and po.hiddenReason is null and " + filter.jpql("s") + scope
                + " and (" + postLike + ") order by th.lastActivityAt desc", Object[].class));
        for (int i = 0; i < patterns.size(); i++) {
            pageQuery.setParameter("p" + i, patterns.get(i));
            postQuery.setParameter("p" + i, patterns.get(i));
        }
        List<Object[]> pageRows = pageQuery.setMaxResults(USAGE_SCAN_MAX).getResultList();
        List<Object[]> postRows = postQuery.setMaxResults(USAGE_SCAN_MAX).getResultList();
        List<Usage> pages = new ArrayList<>();
        for (Object[] r : pageRows) {
            if (!one.find((String) r[4]).isEmpty()) {
                pages.add(new Usage((String) r[3], "/s/" + r[0] + "/wiki/" + r[2], (String) r[1]));
            }
        }
        Map<Long, Usage> threads = new LinkedHashMap<>();
        for (Object[] r : postRows) {
            long id = ((Number) r[2]).longValue();
            if (!threads.containsKey(id) && !one.find((String) r[4]).isEmpty()) {
                threads.put(id, new Usage((String) r[3], "/t/" + id, (String) r[1]));
            }
        }
        boolean truncated = pageRows.size() >= USAGE_SCAN_MAX || postRows.size() >= USAGE_SCAN_MAX;
        String html = linkStates.apply(t.getExplanationHtml(), viewer);
        return new TermDetail(summary(t), t.getExplanation(), html, relatedPages, relatedThreads, pages, List.copyOf(threads.values()),
                truncated, mayEdit(viewer, t.getSpace()), List.copyOf(t.getRelated()));
    }

    /** A page or thread reference as a link, if it exists and the viewer may read it. */
    Optional<Usage> resolve(Viewer viewer, String ref) {
        if (RelatedRef.isPage(ref)) {
            return em.createQuery("select p from Page p join fetch p.space where p.space.slug = :s and p.slug = :p and p.deleted = false",
                    org.commonplace.wiki.Page.class).setParameter("s", RelatedRef.pageSpace(ref)).setParameter("p", RelatedRef.pageSlug(ref))
                    .getResultStream().findFirst().filter(p -> access.may(viewer, p.getSpace(), Action.SEE))
                    .map(p -> new Usage(p.getTitle(), "/s/" + p.getSpace().getSlug() + "/wiki/" + p.getSlug(), p.getSpace().getName()));
        }
        return em.createQuery("select th from ForumThread th where th.id = :id",
                org.commonplace.forum.ForumThread.class).setParameter("id", RelatedRef.threadId(ref)).getResultStream().findFirst()
                .filter(th -> access.may(viewer, th.getBoard().getSpace(), Action.SEE))
                .map(th -> new Usage(th.getTitle(), "/t/" + th.getId(), th.getBoard().getSpace().getName()));
    }

    // ----- editing -----

    /** Site administrators edit site-wide terms; a space's editors (and up) that space's terms. */
    public boolean mayEdit(Viewer viewer, Space space) {
        return space == null ? viewer.siteAdmin() : access.may(viewer, space, Action.CURATE);
    }

    /** Whether the viewer may edit terms anywhere (site-wide or in some space): shows the editors' links. */
    public boolean mayEditSomewhere(Viewer viewer) {
        return viewer.siteAdmin() || viewer.roles().values().stream().anyMatch(r -> r.atLeast(Role.EDITOR));
    }

    /** The spaces the viewer may add terms to (besides site-wide, for site administrators). */
    public List<Space> editableSpaces(Viewer viewer) {
        SpaceFilter filter = access.readable(viewer);
        return filter.bind(em.createQuery("select s from Space s where " + filter.jpql("s") + " order by s.name", Space.class))
                .getResultList().stream().filter(s -> access.may(viewer, s, Action.CURATE)).toList();
    }

    public Term create(Viewer viewer, String spaceSlug, TermInput in) {
        Space space = spaceSlug == null || spaceSlug.isBlank() ? null : spaces.get(viewer, spaceSlug);
        requireEdit(viewer, space);
        checkUnique(space, in, null);
        Term t = new Term(space, uniqueSlug(in.term()), clock.instant());
        t.update(in, render(space, in.explanation()), clock.instant());
        em.persist(t);
        bump();
        return t;
    }

    public Term update(Viewer viewer, String slug, TermInput in) {
        Term t = find(viewer, slug);
        requireEdit(viewer, t.getSpace());
        checkUnique(t.getSpace(), in, t.getId());
        t.update(in, render(t.getSpace(), in.explanation()), clock.instant());
        bump();
        return t;
    }

    public void delete(Viewer viewer, String slug) {
        Term t = find(viewer, slug);
        requireEdit(viewer, t.getSpace());
        em.remove(t);
        bump();
    }

    private void requireEdit(Viewer viewer, Space space) {
        if (!mayEdit(viewer, space)) {
            throw new ForbiddenException(space == null ? "Only site administrators edit site-wide terms."
                    : "Only the space's editors edit its phrasebook.");
        }
    }

    private static String render(Space space, String markdown) {
        return markdown.isEmpty() ? "" : WikiLinkStates.render(space == null ? "commons" : space.getSlug(), markdown).html();
    }

    /**
     * A term is unique (case-insensitively) in its scope; no phrase of it (term or alias) may be another term or
     * alias that applies together with it (site-wide terms apply everywhere, so they are checked against all).
     */
    private void checkUnique(Space space, TermInput in, Long self) {
        List<String> keys = new ArrayList<>();
        keys.add(TermInput.key(in.term()));
        in.aliases().forEach(a -> keys.add(TermInput.key(a)));
        String scope = space == null ? "" : " and (t.space is null or t.space = :space)";
        var byTerm = em.createQuery("select t.term from Term t where t.termKey in :keys" + scope + (self == null ? "" : " and t.id <> :self"), String.class)
                .setParameter("keys", keys);
        var byAlias = em.createQuery("select t.term from Term t join t.aliases a where lower(a) in :keys" + scope
                + (self == null ? "" : " and t.id <> :self"), String.class).setParameter("keys", keys);
        if (space != null) {
            byTerm.setParameter("space", space);
            byAlias.setParameter("space", space);
        }
        if (self != null) {
            byTerm.setParameter("self", self);
            byAlias.setParameter("self", self);
        }
        Optional<String> clash = byTerm.getResultStream().findFirst();
        if (clash.isPresent()) {
            throw new ConflictException("The phrasebook has \"" + clash.get() + "\" already; a term and its aliases must not repeat another term.");
        }
        clash = byAlias.getResultStream().findFirst();
        if (clash.isPresent()) {
            throw new ConflictException("\"" + clash.get() + "\" already has that word as an alias; a term and its aliases must not repeat another term's.");
        }
    }

    private String uniqueSlug(String term) {
        String base = Slugs.slugify(term, "term");
        if (base.length() > 110) {
            base = base.substring(0, 110);
        }
        String slug = base;
        int n = 2;
        while (slug.equals("new") || slug.equals("candidates")
                || !em.createQuery("select t.id from Term t where t.slug = :s", Long.class).setParameter("s", slug).getResultList().isEmpty()) {
            slug = base + "-" + n++;
        }
        return slug;
    }

    // ----- what the marker needs -----

    /** The terms that apply to content of a space (or, with null, site-wide only): site-wide ones plus the space's own. */
    public List<TermMarker.Entry> entries(Long spaceId) {
        var query = em.createQuery("select distinct t from Term t left join fetch t.aliases where t.space is null"
                + (spaceId == null ? "" : " or t.space.id = :space"), Term.class);
        if (spaceId != null) {
            query.setParameter("space", spaceId);
        }
        List<Term> terms = query.getResultList();
        return terms.stream().map(t -> new TermMarker.Entry(t.getId(), t.getSlug(), t.getTerm(), t.getDefinition(), t.phrases())).toList();
    }

    /** Every term and alias key of the terms the viewer may read (candidate terms leave these out). */
    public Set<String> knownPhrases(Viewer viewer) {
        SpaceFilter filter = access.readable(viewer);
        Set<String> keys = new java.util.HashSet<>(filter.bind(em.createQuery("select t.termKey from Term t where " + filtered(filter, "t"), String.class))
                .getResultList());
        filter.bind(em.createQuery("select lower(a) from Term t join t.aliases a where " + filtered(filter, "t"), String.class))
                .getResultList().forEach(keys::add);
        return keys;
    }
}
