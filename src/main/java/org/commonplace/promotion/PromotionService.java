package org.commonplace.promotion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.Post;
import org.commonplace.forum.PostEdit;
import org.commonplace.forum.ThreadView;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.space.Action;
import org.commonplace.space.ReadersChange;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.wiki.Edit;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.PageDeletionChanged;
import org.commonplace.wiki.PageView;
import org.commonplace.wiki.Revision;
import org.commonplace.wiki.SaveOutcome;
import org.commonplace.wiki.WikiLinkStates;
import org.commonplace.wiki.WikiService;

/**
 * Promotion of posts to wiki pages. Only editors (CURATE) of the target space promote; every source post must be
 * visible to them, and content whose readers would widen (invite-only into public, say) is refused, while a
 * narrowing move needs the editor's confirmation. Publishing goes through {@link WikiService#save}, so a promotion
 * is a normal revision (history, diff, blame and revert work on it); its provenance is stored next to it.
 */
@ApplicationScoped
@Transactional
public class PromotionService {

    /** The most posts one promotion takes. */
    public static final int MAX_POSTS = 1000;
    public static final int MAX_KEY = 80;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    @Inject
    ForumService forum;

    @Inject
    WikiService wiki;

    // ------------------------------------------------------------------ shapes

    /** A post or an excerpt of it (a character range of its Markdown), in the order the editor wants. */
    public record Selection(long postId, Integer start, Integer end) implements java.io.Serializable {
        public static Selection whole(long postId) {
            return new Selection(postId, null, null);
        }
    }

    /** Where to publish: a new page (space, title, optional slug), or an existing page appended to or under a heading. */
    public record Target(String space, String slug, String title, DraftWriter.Placement placement, String underHeading)
            implements java.io.Serializable {
    }

    /** One post on the workbench. */
    public record WorkbenchPost(long id, long threadId, Long parentId, int depth, String author, Instant createdAt, int helpful,
            String markdown, String html, boolean opening, boolean preTicked, boolean edited, boolean isNew, String threadTitle)
            implements java.io.Serializable {
    }

    public record SpaceChoice(String slug, String name) implements java.io.Serializable {
    }

    public record Workbench(long threadId, String threadTitle, String spaceSlug, String spaceName, List<WorkbenchPost> posts,
            List<SpaceChoice> targets) {
    }

    /** A generated draft: its text, the revision it builds on (0 for a new page) and whether readers change. */
    public record Draft(String markdown, String title, String space, String slug, int baseRevision, ReadersChange readers) {
    }

    public record Published(Promotion promotion, String space, String slug, int revision) {
    }

    public record PostRef(long id, long threadId, String threadTitle, String author, Instant createdAt, int postVersion,
            Integer excerptStart, Integer excerptEnd) {
    }

    public record SourceSection(String anchor, String title, boolean drifted, int revision, String promotedBy, Instant promotedAt,
            List<PostRef> posts) {
    }

    /** New replies and edits of promoted posts in one thread since the page's editors last took it into account. */
    public record SinceThread(long threadId, String threadTitle, long seenPostId, List<PostRef> newPosts, List<PostRef> editedPosts) {
        public int count() {
            return newPosts.size() + editedPosts.size();
        }
    }

    public record PromotionSummary(long id, int revision, String editor, Instant at, String placement) {
    }

    public record Sources(String space, String spaceName, String slug, String title, int revision, List<SourceSection> sections,
            List<String> contributors, List<SinceThread> since, List<PromotionSummary> promotions, boolean canCurate) {
        public int newCount() {
            return since.stream().mapToInt(SinceThread::count).sum();
        }
    }

    /** "Promoted to <page> (rN) by <editor>, <date>". */
    public record Banner(String space, String slug, String pageTitle, int revision, String editor, Instant at) implements java.io.Serializable {
    }

    public record ThreadSide(List<Banner> banners, Map<Long, List<Banner>> postMarks, boolean canPromote, boolean canFlag,
            boolean flagged, long flags, boolean distilled, String space, boolean canCurateHere) {
    }

    // ------------------------------------------------------------------ workbench and draft

    /**
     * The workbench of a thread: its readable posts in tree order with author, date and helpful count; the opening
     * post, the answer and helpful posts are pre-ticked. With {@code since}, only posts newer than that id (and
     * promoted posts edited since) are pre-ticked and marked new, for folding them into a page.
     */
    public Workbench workbench(Viewer viewer, long threadId, Long since) {
        List<SpaceChoice> targets = curatedSpaces(viewer);
        if (targets.isEmpty()) {
            throw new ForbiddenException("Only editors of a space may promote threads to its wiki.");
        }
        ThreadView view = forum.thread(viewer, threadId);
        Long answer = view.thread().getAnswerPostId();
        List<WorkbenchPost> posts = new ArrayList<>(view.posts().size());
        boolean first = true;
        for (ThreadView.PostView pv : view.posts()) {
            Post p = pv.post();
            boolean opening = first;
            first = false;
            if (!pv.textVisible()) {
                continue;
            }
            boolean isNew = since != null && p.getId() > since;
            boolean pre = since != null ? isNew : opening || p.getHelpfulCount() > 0 || p.getId().equals(answer);
            posts.add(new WorkbenchPost(p.getId(), threadId, p.getParentId(), p.getDepth(), p.getAuthorName(), p.getCreatedAt(),
                    p.getHelpfulCount(), lf(p.getMarkdown()), pv.html(), opening, pre, p.getEditedAt() != null, isNew, view.thread().getTitle()));
        }
        return new Workbench(threadId, view.thread().getTitle(), view.space().getSlug(), view.space().getName(), posts, targets);
    }

    /** The spaces whose editors the viewer is among: where they may promote to. */
    public List<SpaceChoice> curatedSpaces(Viewer viewer) {
        if (!viewer.signedIn()) {
            return List.of();
        }
        List<Space> all = em.createQuery("select s from Space s order by s.name", Space.class).getResultList();
        return all.stream().filter(s -> access.may(viewer, s, Action.CURATE)).map(s -> new SpaceChoice(s.getSlug(), s.getName())).toList();
    }

    /** Writes the draft for a selection; nothing is stored. */
    public Draft draft(Viewer viewer, List<Selection> selections, Target target) {
        Plan plan = plan(viewer, selections, target);
        return new Draft(plan.markdown, plan.title, plan.space.getSlug(), plan.pageSlug, plan.baseRevision, plan.readers);
    }

    private record Plan(Space space, Page page, String pageSlug, String title, int baseRevision, List<DraftWriter.Item> items,
            Map<Long, Selection> selections, Map<Long, Post> posts, String markdown, ReadersChange readers) {
    }

    private Plan plan(Viewer viewer, List<Selection> selections, Target target) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("Sign in to promote threads.");
        }
        if (target == null || target.space() == null || target.placement() == null) {
            throw new InvalidInputException("target", "Choose where the page goes: a space and a new or existing page.");
        }
        Space space = spaces.get(viewer, target.space());
        access.require(viewer, space, Action.CURATE);
        if (selections == null || selections.isEmpty()) {
            throw new InvalidInputException("posts", "Tick at least one post to promote.");
        }
        if (selections.size() > MAX_POSTS) {
            throw new InvalidInputException("posts", "One promotion takes at most " + MAX_POSTS + " posts.");
        }
        Map<Long, Selection> bySelection = new LinkedHashMap<>();
        for (Selection s : selections) {
            if (bySelection.putIfAbsent(s.postId(), s) != null) {
                throw new InvalidInputException("posts", "A post is selected twice.");
            }
        }
        List<Post> loaded = em.createQuery("select p from Post p join fetch p.thread where p.id in :ids",
                Post.class).setParameter("ids", bySelection.keySet()).getResultList();
        Map<Long, Post> posts = loaded.stream().collect(Collectors.toMap(Post::getId, p -> p));
        ReadersChange readers = ReadersChange.SAME;
        Map<Long, Long> openings = new HashMap<>();
        for (Long id : bySelection.keySet()) {
            Post p = posts.get(id);
            if (p == null || !access.may(viewer, p.getThread().getBoard().getSpace(), Action.SEE) || p.isDeleted() || p.isHidden()) {
                throw new NotFoundException("Post " + id + " does not exist or cannot be promoted.");
            }
            ReadersChange change = SpaceAccess.readersChange(p.getThread().getBoard().getSpace(), space);
            if (change == ReadersChange.WIDER) {
                throw new ForbiddenException("Posts from \"" + p.getThread().getBoard().getSpace().getName() + "\" cannot go to \""
                        + space.getName() + "\": more people can read that space, and promotion never widens who can read a post.");
            }
            if (change == ReadersChange.NARROWER) {
                readers = ReadersChange.NARROWER;
            }
        }
        for (Long threadId : posts.values().stream().map(p -> p.getThread().getId()).collect(Collectors.toSet())) {
            openings.put(threadId, em.createQuery("select p.id from Post p where p.thread.id = :t order by p.path", Long.class)
                    .setParameter("t", threadId).setMaxResults(1).getSingleResult());
        }
        List<DraftWriter.Item> items = new ArrayList<>();
        for (Selection s : bySelection.values()) {
            Post p = posts.get(s.postId());
            String text = lf(p.getMarkdown());
            if (s.start() != null || s.end() != null) {
                if (s.start() == null || s.end() == null || s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) {
                    throw new InvalidInputException("excerpt", "The excerpt of post " + p.getId() + " is not a range of its text.");
                }
            }
            items.add(new DraftWriter.Item(p.getId(), p.getThread().getId(), p.getThread().getTitle(), p.getAuthorName(), p.getCreatedAt(),
                    text, s.start(), s.end(), openings.get(p.getThread().getId()).equals(p.getId())));
        }
        Instant now = clock.instant();
        if (target.placement() == DraftWriter.Placement.NEW) {
            String title = Page.requireTitle(target.title());
            String markdown = DraftWriter.write(DraftWriter.Placement.NEW, items, "", List.of(), 0, viewer.username(), now);
            return new Plan(space, null, target.slug(), title, 0, items, bySelection, posts, markdown, readers);
        }
        Page page = wiki.find(viewer, space.getSlug(), target.slug()).filter(p -> !p.isDeleted())
                .orElseThrow(() -> new NotFoundException("There is no page \"" + target.slug() + "\" in " + space.getName() + "."));
        Revision current = wiki.revision(viewer, space.getSlug(), page.getSlug(), page.getCurrentRevision());
        List<Sections.Section> sections = sectionsOf(space.getSlug(), current.getMarkdown());
        int under = 0;
        if (target.placement() == DraftWriter.Placement.UNDER) {
            String wanted = target.underHeading() == null ? "" : target.underHeading().strip();
            under = -1;
            for (int k = 1; k < sections.size(); k++) {
                if (sections.get(k).title().equalsIgnoreCase(wanted) || sections.get(k).anchor().equals(wanted)) {
                    under = k;
                    break;
                }
            }
            if (under < 0) {
                throw new InvalidInputException("heading", "The page has no heading \"" + wanted + "\".");
            }
        }
        String markdown = DraftWriter.write(target.placement(), items, current.getMarkdown(), sections, under, viewer.username(), now);
        return new Plan(space, page, page.getSlug(), page.getTitle(), page.getCurrentRevision(), items, bySelection, posts, markdown, readers);
    }

    // ------------------------------------------------------------------ publishing

    /**
     * Publishes the (edited) draft as a normal revision and stores its provenance: each source post is tied to the
     * section its attribution link ended up in. A draft whose readers narrow needs {@code confirmReaders}. A repeated
     * {@code idempotencyKey} answers with the first promotion. {@code lockThreads} locks the source threads.
     */
    public Published publish(Viewer viewer, List<Selection> selections, Target target, String markdown, int baseRevision, String summary,
            boolean confirmReaders, boolean lockThreads, String idempotencyKey) {
        String key = scopedKey(viewer, idempotencyKey);
        if (key != null) {
            Optional<Promotion> earlier = em.createQuery("select p from Promotion p where p.idempotencyKey = :k", Promotion.class)
                    .setParameter("k", key).getResultStream().findFirst();
            if (earlier.isPresent()) {
                Page page = em.find(Page.class, earlier.get().getPageId());
                return new Published(earlier.get(), page.getSpace().getSlug(), page.getSlug(), earlier.get().getRevisionNumber());
            }
        }
        Plan plan = plan(viewer, selections, target);
        if (plan.readers == ReadersChange.NARROWER && !confirmReaders) {
            throw new InvalidInputException("confirm", "These posts come from a space with other readers than " + plan.space.getName()
                    + ". Confirm that they may be copied there.");
        }
        String text = markdown == null ? plan.markdown : markdown;
        String defaultSummary = "Promoted from " + plan.items.stream().map(DraftWriter.Item::threadTitle).distinct()
                .map(t -> "\"" + t + "\"").collect(Collectors.joining(", "));
        String why = summary == null || summary.isBlank() ? cut(defaultSummary, Revision.SUMMARY_MAX) : summary;
        SaveOutcome outcome = plan.page == null
                ? wiki.save(viewer, plan.space.getSlug(), blankToNull(plan.pageSlug), new Edit(plan.title, text, why, false, 0, null))
                : wiki.save(viewer, plan.space.getSlug(), plan.page.getSlug(), new Edit(plan.page.getTitle(), text, why, false,
                        baseRevision > 0 ? baseRevision : plan.baseRevision, null));
        if (outcome instanceof SaveOutcome.Conflict) {
            throw new ConflictException("The page changed meanwhile and the changes overlap with the draft. Your draft is kept: "
                    + "make the draft again to build on the page as it is now.");
        }
        if (!(outcome instanceof SaveOutcome.Saved saved)) {
            throw new InvalidInputException("markdown", "The draft changes nothing on the page.");
        }
        Page page = saved.page();
        Revision revision = saved.revision();
        Promotion promotion = new Promotion(page.getId(), revision.getNumber(), viewer.accountId(), viewer.username(),
                target.placement().name().toLowerCase(java.util.Locale.ROOT), clock.instant(), key);
        em.persist(promotion);
        em.flush();
        recordProvenance(promotion, page.getSpace().getSlug(), revision.getMarkdown(), plan);
        for (Long threadId : plan.posts.values().stream().map(p -> p.getThread().getId()).collect(Collectors.toCollection(LinkedHashSet::new))) {
            PromotionLink link = link(page.getId(), threadId);
            link.seen(maxPostId(threadId), maxEditId(threadId));
            if (lockThreads) {
                ForumThread thread = em.find(ForumThread.class, threadId);
                if (!thread.isLocked()) {
                    thread.lock(true);
                }
            }
        }
        return new Published(promotion, page.getSpace().getSlug(), page.getSlug(), revision.getNumber());
    }

    private void recordProvenance(Promotion promotion, String spaceSlug, String markdown, Plan plan) {
        List<Sections.Section> sections = sectionsOf(spaceSlug, markdown);
        Map<Integer, PromotedSection> stored = new LinkedHashMap<>();
        Set<Long> placed = new HashSet<>();
        Map<Long, Integer> versions = postVersions(plan.posts.keySet());
        for (int k = 0; k < sections.size(); k++) {
            Sections.Section section = sections.get(k);
            if (section.title().equalsIgnoreCase(DraftWriter.SOURCES)) {
                continue;
            }
            Matcher m = DraftWriter.POST_LINK.matcher(section.body());
            while (m.find()) {
                long postId = Long.parseLong(m.group(2));
                Selection selection = plan.selections.get(postId);
                if (selection == null || !placed.add(postId)) {
                    continue;
                }
                final int index = k;
                PromotedSection ps = stored.computeIfAbsent(k, i -> {
                    PromotedSection s = new PromotedSection(promotion.getId(), section.anchor(), section.title(), section.fingerprint(), index);
                    em.persist(s);
                    em.flush();
                    return s;
                });
                Post post = plan.posts.get(postId);
                em.persist(new PromotedSource(ps.getId(), promotion.getId(), postId, post.getThread().getId(), post.getAuthorName(),
                        post.getCreatedAt(), versions.getOrDefault(postId, 0), selection.start(), selection.end()));
            }
        }
        // The search index's "promoted" facet reads provenance: the source posts and threads are indexed again.
        reindexSources(plan.posts.values());
    }

    /** Indexes the posts and their threads again, because whether they count as promoted has changed. */
    private void reindexSources(Collection<Post> posts) {
        em.flush();
        SearchIndexingPlan indexing = Search.session(em).indexingPlan();
        Set<ForumThread> threads = new HashSet<>();
        for (Post post : posts) {
            indexing.addOrUpdate(post);
            threads.add(post.getThread());
        }
        threads.forEach(indexing::addOrUpdate);
    }

    /**
     * A page that holds promotions was deleted or restored: the posts distilled into it stop (or start again) counting
     * as promoted, so the search index's "promoted" value follows in the same transaction, not at the next rebuild.
     */
    void onPageDeletionChanged(@Observes PageDeletionChanged event) {
        List<Post> sources = em.createQuery("select distinct post from PromotedSource s, Promotion p, Post post join fetch post.thread "
                + "where p.id = s.promotionId and p.pageId = :page and post.id = s.postId", Post.class)
                .setParameter("page", event.pageId()).getResultList();
        if (!sources.isEmpty()) {
            reindexSources(sources);
        }
    }

    private Map<Long, Integer> postVersions(Collection<Long> postIds) {
        Map<Long, Integer> versions = new HashMap<>();
        for (Object[] row : em.createQuery("select e.postId, count(e) from PostEdit e where e.postId in :ids group by e.postId", Object[].class)
                .setParameter("ids", postIds).getResultList()) {
            versions.put((Long) row[0], ((Long) row[1]).intValue());
        }
        return versions;
    }

    private PromotionLink link(Long pageId, Long threadId) {
        return em.createQuery("select l from PromotionLink l where l.pageId = :p and l.threadId = :t", PromotionLink.class)
                .setParameter("p", pageId).setParameter("t", threadId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseGet(() -> {
                    PromotionLink l = new PromotionLink(pageId, threadId);
                    em.persist(l);
                    return l;
                });
    }

    private long maxPostId(long threadId) {
        Long max = em.createQuery("select max(p.id) from Post p where p.thread.id = :t", Long.class).setParameter("t", threadId).getSingleResult();
        return max == null ? 0 : max;
    }

    private long maxEditId(long threadId) {
        Long max = em.createQuery("select max(e.id) from PostEdit e where e.postId in (select p.id from Post p where p.thread.id = :t)", Long.class)
                .setParameter("t", threadId).getSingleResult();
        return max == null ? 0 : max;
    }

    // ------------------------------------------------------------------ sources and sync

    /**
     * The page's provenance as of its current revision: each promoted section still on the page (found by anchor,
     * else by its text's fingerprint) with its posts, and whether its text drifted from what was promoted; the
     * contributors from the discussion; and, per promoted thread, what is new since.
     */
    public Sources sources(Viewer viewer, String spaceSlug, String pageSlug) {
        PageView view = wiki.view(viewer, spaceSlug, pageSlug, null);
        Page page = view.page();
        List<Sections.Section> current = sectionsOf(page.getSpace().getSlug(), view.revision().getMarkdown());
        List<Promotion> promotions = em.createQuery("select p from Promotion p where p.pageId = :p order by p.id", Promotion.class)
                .setParameter("p", page.getId()).getResultList();
        Map<Long, Promotion> byId = promotions.stream().collect(Collectors.toMap(Promotion::getId, p -> p));
        List<PromotedSection> promotedSections = promotions.isEmpty() ? List.of() : em.createQuery(
                "select s from PromotedSection s where s.promotionId in :ids order by s.promotionId, s.position", PromotedSection.class)
                .setParameter("ids", byId.keySet()).getResultList();
        Map<Long, List<PromotedSource>> sourcesBySection = promotions.isEmpty() ? Map.of() : em.createQuery(
                "select s from PromotedSource s where s.promotionId in :ids order by s.id", PromotedSource.class)
                .setParameter("ids", byId.keySet()).getResultStream().collect(Collectors.groupingBy(PromotedSource::getSectionId));
        Map<Long, String> threadTitles = threadTitles(viewer, sourcesBySection.values().stream().flatMap(List::stream)
                .map(PromotedSource::getThreadId).collect(Collectors.toSet()));
        Map<Integer, List<PromotedSection>> live = new LinkedHashMap<>();
        for (PromotedSection ps : promotedSections) {
            int found = locate(current, ps, sourcesBySection.getOrDefault(ps.getId(), List.of()));
            if (found >= 0) {
                live.computeIfAbsent(found, k -> new ArrayList<>()).add(ps);
            }
        }
        List<SourceSection> sections = new ArrayList<>();
        Set<String> contributors = new LinkedHashSet<>();
        for (Map.Entry<Integer, List<PromotedSection>> e : new java.util.TreeMap<>(live).entrySet()) {
            Sections.Section now = current.get(e.getKey());
            boolean drifted = e.getValue().stream().noneMatch(ps -> ps.getFingerprint().equals(now.fingerprint()));
            PromotedSection latest = e.getValue().get(e.getValue().size() - 1);
            Promotion by = byId.get(latest.getPromotionId());
            Map<Long, PostRef> refs = new LinkedHashMap<>();
            for (PromotedSection ps : e.getValue()) {
                for (PromotedSource src : sourcesBySection.getOrDefault(ps.getId(), List.of())) {
                    if (!threadTitles.containsKey(src.getThreadId())) {
                        continue;
                    }
                    refs.put(src.getPostId() == null ? -src.getId() : src.getPostId(), ref(src, threadTitles));
                    contributors.add(src.getAuthorName());
                }
            }
            sections.add(new SourceSection(now.anchor(), now.anchor().isEmpty() ? "Introduction" : now.title(), drifted,
                    by.getRevisionNumber(), by.getEditorName(), by.getCreatedAt(), List.copyOf(refs.values())));
        }
        List<SinceThread> since = since(viewer, page.getId(), sourcesBySection.values().stream().flatMap(List::stream).toList(), threadTitles);
        List<PromotionSummary> summaries = promotions.stream()
                .map(p -> new PromotionSummary(p.getId(), p.getRevisionNumber(), p.getEditorName(), p.getCreatedAt(), p.getPlacement())).toList();
        return new Sources(page.getSpace().getSlug(), page.getSpace().getName(), page.getSlug(), page.getTitle(), page.getCurrentRevision(),
                sections, List.copyOf(contributors), since, summaries, access.may(viewer, page.getSpace(), Action.CURATE));
    }

    /** For blame: the source post of each line (1-based) of the current revision that a promotion wrote, by line. */
    public record BlameSources(Set<Integer> promotionRevisions, Map<Integer, PostRef> byLine) {
    }

    public BlameSources blameSources(Viewer viewer, String spaceSlug, String pageSlug) {
        Sources sources = sources(viewer, spaceSlug, pageSlug);
        PageView view = wiki.view(viewer, spaceSlug, pageSlug, null);
        List<Sections.Section> current = sectionsOf(view.page().getSpace().getSlug(), view.revision().getMarkdown());
        List<String> lines = Sections.lines(view.revision().getMarkdown());
        Map<Integer, PostRef> byLine = new HashMap<>();
        for (SourceSection section : sources.sections()) {
            Sections.Section s = current.stream().filter(c -> c.anchor().equals(section.anchor())).findFirst().orElse(null);
            if (s == null || section.posts().isEmpty()) {
                continue;
            }
            // lines up to an attribution link belong to that link's post; lines after the last link to the last post
            List<Integer> pending = new ArrayList<>();
            PostRef last = section.posts().get(0);
            for (int line = s.startLine(); line < s.endLine(); line++) {
                pending.add(line + 1);
                Matcher m = DraftWriter.POST_LINK.matcher(lines.get(line));
                if (m.find()) {
                    long id = Long.parseLong(m.group(2));
                    Optional<PostRef> owner = section.posts().stream().filter(p -> p.id() == id).findFirst();
                    if (owner.isPresent()) {
                        last = owner.get();
                        for (Integer n : pending) {
                            byLine.put(n, last);
                        }
                        pending.clear();
                    }
                }
            }
            for (Integer n : pending) {
                byLine.put(n, last);
            }
        }
        Set<Integer> revisions = sources.promotions().stream().map(PromotionSummary::revision).collect(Collectors.toSet());
        return new BlameSources(revisions, byLine);
    }

    /**
     * The current section a promoted section lives on as: same anchor, else same text, else the section that still
     * carries the attribution link of one of its posts; -1 when it is gone.
     */
    private static int locate(List<Sections.Section> current, PromotedSection ps, List<PromotedSource> sources) {
        for (int k = 0; k < current.size(); k++) {
            if (current.get(k).anchor().equals(ps.getAnchor()) && (k > 0 || !current.get(0).body().isBlank())) {
                return k;
            }
        }
        for (int k = 0; k < current.size(); k++) {
            if (!current.get(k).body().isBlank() && current.get(k).fingerprint().equals(ps.getFingerprint())) {
                return k;
            }
        }
        for (int k = 0; k < current.size(); k++) {
            if (current.get(k).title().equalsIgnoreCase(DraftWriter.SOURCES)) {
                continue;
            }
            Matcher m = DraftWriter.POST_LINK.matcher(current.get(k).body());
            while (m.find()) {
                long postId = Long.parseLong(m.group(2));
                if (sources.stream().anyMatch(src -> src.getPostId() != null && src.getPostId() == postId)) {
                    return k;
                }
            }
        }
        return -1;
    }

    private List<SinceThread> since(Viewer viewer, Long pageId, List<PromotedSource> sources, Map<Long, String> titles) {
        List<PromotionLink> links = em.createQuery("select l from PromotionLink l where l.pageId = :p order by l.id", PromotionLink.class)
                .setParameter("p", pageId).getResultList();
        List<SinceThread> result = new ArrayList<>();
        for (PromotionLink link : links) {
            if (!titles.containsKey(link.getThreadId())) {
                continue;
            }
            List<PostRef> newPosts = em.createQuery("select p from Post p where p.thread.id = :t and p.id > :seen and p.deleted = false order by p.id",
                    Post.class).setParameter("t", link.getThreadId()).setParameter("seen", link.getSeenPostId()).getResultStream()
                    .map(p -> new PostRef(p.getId(), link.getThreadId(), titles.get(link.getThreadId()), p.getAuthorName(), p.getCreatedAt(), 0, null, null))
                    .toList();
            Set<Long> promoted = sources.stream().filter(s -> s.getThreadId().equals(link.getThreadId()) && s.getPostId() != null)
                    .map(PromotedSource::getPostId).collect(Collectors.toSet());
            List<PostRef> edited = promoted.isEmpty() ? List.of() : em.createQuery(
                    "select distinct p from Post p where p.id in (select e.postId from PostEdit e where e.id > :seen and e.postId in :ids) order by p.id",
                    Post.class).setParameter("seen", link.getSeenEditId()).setParameter("ids", promoted).getResultStream()
                    .map(p -> new PostRef(p.getId(), link.getThreadId(), titles.get(link.getThreadId()), p.getAuthorName(), p.getCreatedAt(), 0, null, null))
                    .toList();
            result.add(new SinceThread(link.getThreadId(), titles.get(link.getThreadId()), link.getSeenPostId(), newPosts, edited));
        }
        return result;
    }

    /** Editors clear "N new since promoted" without touching the page. */
    public void markReviewed(Viewer viewer, String spaceSlug, String pageSlug) {
        Page page = wiki.find(viewer, spaceSlug, pageSlug).orElseThrow(() -> new NotFoundException("There is no such page."));
        access.require(viewer, page.getSpace(), Action.CURATE);
        for (PromotionLink link : em.createQuery("select l from PromotionLink l where l.pageId = :p", PromotionLink.class)
                .setParameter("p", page.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            link.seen(maxPostId(link.getThreadId()), maxEditId(link.getThreadId()));
        }
    }

    private PostRef ref(PromotedSource s, Map<Long, String> titles) {
        return new PostRef(s.getPostId() == null ? 0 : s.getPostId(), s.getThreadId(), titles.get(s.getThreadId()), s.getAuthorName(),
                s.getPostedAt(), s.getPostVersion(), s.getExcerptStart(), s.getExcerptEnd());
    }

    /** Titles of the threads the viewer may see (threads they may not see are left out). */
    private Map<Long, String> threadTitles(Viewer viewer, Set<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titles = new HashMap<>();
        for (ForumThread t : em.createQuery("select t from ForumThread t join fetch t.board where t.id in :ids",
                ForumThread.class).setParameter("ids", threadIds).getResultList()) {
            if (access.may(viewer, t.getBoard().getSpace(), Action.SEE)) {
                titles.put(t.getId(), t.getTitle());
            }
        }
        return titles;
    }

    // ------------------------------------------------------------------ thread side, flags and status

    /** What the thread page shows about promotion: banners, per-post marks, and the editor's and member's actions. */
    public ThreadSide threadSide(Viewer viewer, long threadId) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || !access.may(viewer, thread.getBoard().getSpace(), Action.SEE)) {
            throw new NotFoundException("There is no such thread.");
        }
        Space space = thread.getBoard().getSpace();
        List<Object[]> rows = em.createQuery("select distinct s.promotionId, s.postId from PromotedSource s where s.threadId = :t", Object[].class)
                .setParameter("t", threadId).getResultList();
        Map<Long, Banner> banners = new LinkedHashMap<>();
        Map<Long, List<Banner>> marks = new HashMap<>();
        if (!rows.isEmpty()) {
            Set<Long> ids = rows.stream().map(r -> (Long) r[0]).collect(Collectors.toSet());
            List<Promotion> promotions = em.createQuery("select p from Promotion p where p.id in :ids order by p.id", Promotion.class)
                    .setParameter("ids", ids).getResultList();
            Map<Long, Page> pages = em.createQuery("select pg from Page pg join fetch pg.space where pg.id in :ids", Page.class)
                    .setParameter("ids", promotions.stream().map(Promotion::getPageId).collect(Collectors.toSet())).getResultStream()
                    .collect(Collectors.toMap(Page::getId, p -> p));
            for (Promotion p : promotions) {
                Page page = pages.get(p.getPageId());
                if (page == null || page.isDeleted() || !access.may(viewer, page.getSpace(), Action.SEE)) {
                    continue;
                }
                banners.put(p.getId(), new Banner(page.getSpace().getSlug(), page.getSlug(), page.getTitle(), p.getRevisionNumber(),
                        p.getEditorName(), p.getCreatedAt()));
            }
            for (Object[] r : rows) {
                Banner b = banners.get((Long) r[0]);
                if (b != null && r[1] != null) {
                    List<Banner> list = marks.computeIfAbsent((Long) r[1], k -> new ArrayList<>());
                    if (list.stream().noneMatch(x -> x.space().equals(b.space()) && x.slug().equals(b.slug()))) {
                        list.add(b);
                    }
                }
            }
        }
        boolean canFlag = access.may(viewer, space, Action.POST);
        boolean flagged = viewer.signedIn() && em.find(DistilFlag.class, new DistilFlag.Key(threadId, viewer.accountId())) != null;
        long flags = em.createQuery("select count(f) from DistilFlag f where f.threadId = :t", Long.class).setParameter("t", threadId).getSingleResult();
        return new ThreadSide(List.copyOf(banners.values()), marks, !curatedSpaces(viewer).isEmpty(), canFlag, flagged, flags, !banners.isEmpty(),
                space.getSlug(), access.may(viewer, space, Action.CURATE));
    }

    /** A member flags a thread "worth distilling", or takes the flag back; answers whether it is now flagged. */
    public boolean toggleFlag(Viewer viewer, long threadId) {
        ThreadView view = forum.thread(viewer, threadId);
        access.require(viewer, view.space(), Action.POST);
        DistilFlag flag = em.find(DistilFlag.class, new DistilFlag.Key(threadId, viewer.accountId()));
        if (flag != null) {
            em.remove(flag);
            return false;
        }
        em.persist(new DistilFlag(threadId, viewer.accountId(), clock.instant()));
        return true;
    }

    /** Of these threads, those promoted into a page that still exists. */
    public Set<Long> distilled(Collection<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct s.threadId from PromotedSource s where s.threadId in :ids and exists "
                + "(select 1 from Promotion p, Page pg where p.id = s.promotionId and pg.id = p.pageId and pg.deleted = false)", Long.class)
                .setParameter("ids", threadIds).getResultList());
    }

    /** A thread's status: superseded (distilled and locked), distilled, answered or open (locked when only locked). */
    public static String status(ForumThread t, boolean distilled) {
        if (distilled) {
            return t.isLocked() ? "superseded" : "distilled";
        }
        return t.isLocked() ? "locked" : t.isAnswered() ? "answered" : "open";
    }

    /** A thread on the editorial queue, with what ranks it. */
    public record Candidate(long threadId, String title, String board, int posts, long flags, long helpful, boolean answered,
            String status, double score) {
    }

    /**
     * The editorial queue of a space (its editors only): threads ranked by "worth distilling" flags, helpful marks,
     * an accepted answer and length; threads already distilled sink to the bottom.
     */
    public List<Candidate> queue(Viewer viewer, String spaceSlug, int max) {
        Space space = spaces.get(viewer, spaceSlug);
        access.require(viewer, space, Action.CURATE);
        List<Object[]> rows = em.createQuery("select t, (select count(f) from DistilFlag f where f.threadId = t.id), "
                + "(select coalesce(sum(p.helpfulCount), 0) from Post p where p.thread = t) "
                + "from ForumThread t join fetch t.board where t.board.space = :s", Object[].class).setParameter("s", space).getResultList();
        Set<Long> distilled = distilled(rows.stream().map(r -> ((ForumThread) r[0]).getId()).toList());
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] r : rows) {
            ForumThread t = (ForumThread) r[0];
            long flags = ((Number) r[1]).longValue();
            long helpful = ((Number) r[2]).longValue();
            boolean done = distilled.contains(t.getId());
            double score = flags * 10 + helpful * 2 + (t.isAnswered() ? 5 : 0) + Math.min(t.getPostCount(), 100) / 2.0;
            candidates.add(new Candidate(t.getId(), t.getTitle(), t.getBoard().getName(), t.getPostCount(), flags, helpful, t.isAnswered(),
                    status(t, done), score));
        }
        candidates.sort(java.util.Comparator.comparing((Candidate c) -> distilled.contains(c.threadId()))
                .thenComparing(java.util.Comparator.comparingDouble(Candidate::score).reversed()).thenComparing(Candidate::threadId));
        return candidates.size() > max ? List.copyOf(candidates.subList(0, max)) : candidates;
    }

    // ------------------------------------------------------------------ helpers

    private List<Sections.Section> sectionsOf(String spaceSlug, String markdown) {
        return Sections.split(markdown, WikiLinkStates.render(spaceSlug, markdown).headings());
    }

    private static String scopedKey(Viewer viewer, String clientKey) {
        if (clientKey == null || clientKey.isBlank()) {
            return null;
        }
        if (clientKey.length() > MAX_KEY) {
            throw new InvalidInputException("idempotencyKey", "An idempotency key has at most " + MAX_KEY + " characters.");
        }
        return viewer.accountId() + ":" + clientKey.strip();
    }

    /** Post text with line ends as browsers show them, so excerpt offsets picked on the page match. */
    static String lf(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
