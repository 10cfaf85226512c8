package org.commonplace.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonplace.audit.AuditLog;
import org.commonplace.markup.HtmlText;
import org.commonplace.markup.Heading;
import org.commonplace.markup.HtmlSanitizer;
import org.commonplace.markup.MarkupRenderer;
import org.commonplace.markup.Rendered;
import org.commonplace.markup.Slugs;
import org.commonplace.markup.WikiLinkRef;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.Tokens;
import org.commonplace.space.Action;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.wiki.text.MergeResult;
import org.commonplace.wiki.text.ThreeWayMerge;

/**
 * Pages and their revisions: view, save (with merge-on-save), rename, delete and restore, revert, preview,
 * drafts and watches. Every method asks {@link SpaceAccess} first.
 */
@ApplicationScoped
@Transactional
public class WikiService {

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

    @Inject
    AuditLog audit;

    @Inject
    Event<PageDeletionChanged> deletionChanged;

    /** A page (or an old revision of it) as the viewer may see it; a hidden or missing page is not found. */
    public PageView view(Viewer viewer, String spaceSlug, String pageSlug, Integer revisionNumber) {
        Space space = spaces.get(viewer, spaceSlug);
        String redirectedFrom = null;
        Optional<Page> found = findPage(space, pageSlug);
        if (found.isEmpty()) {
            Optional<PageRedirect> redirect = findRedirect(space, pageSlug);
            if (redirect.isPresent()) {
                redirectedFrom = pageSlug;
                found = Optional.of(redirect.get().getPage());
            }
        }
        Page page = found.filter(p -> !p.isDeleted() || access.may(viewer, space, Action.CURATE))
                .orElseThrow(() -> new NotFoundException("There is no page \"" + pageSlug + "\" in this space."));
        int number = revisionNumber == null ? page.getCurrentRevision() : revisionNumber;
        Revision revision = revisionOf(page, number);
        freshen(revision);
        return new PageView(page, revision, linkStates.apply(revision.getHtml(), viewer), redirectedFrom,
                access.may(viewer, space, Action.EDIT), access.may(viewer, space, Action.CURATE));
    }

    /** The page behind a slug (not following redirects), if the viewer may see the space. */
    public Optional<Page> find(Viewer viewer, String spaceSlug, String pageSlug) {
        return findPage(spaces.get(viewer, spaceSlug), pageSlug);
    }

    /** The revision a page's text was at, for editing. */
    public Revision revision(Viewer viewer, String spaceSlug, String pageSlug, int number) {
        Page page = requirePage(viewer, spaceSlug, pageSlug);
        return revisionOf(page, number);
    }

    /**
     * Saves an edit. A new page when {@code pageSlug} is null or names no page yet (the slug then comes from
     * the title, made distinct); an old slug that redirects edits the page it points to, as viewing it shows
     * that page. When the page has moved on since {@code edit.baseRevision()}, the three versions are merged;
     * overlapping changes come back as a {@link SaveOutcome.Conflict} and nothing is written.
     */
    public SaveOutcome save(Viewer viewer, String spaceSlug, String pageSlug, Edit edit) {
        Space space = spaces.get(viewer, spaceSlug);
        access.require(viewer, space, Action.EDIT);
        String title = Page.requireTitle(edit.title());
        String markdown = requireMarkdown(edit.markdown());
        String summary = requireSummary(edit.summary());
        Optional<Page> existing = pageSlug == null ? Optional.empty()
                : findPage(space, pageSlug).or(() -> findRedirect(space, pageSlug).map(PageRedirect::getPage));
        if (existing.isEmpty()) {
            String slug = distinctSlug(space, pageSlug != null && findRedirect(space, pageSlug).isEmpty() && Slugs.slugify(pageSlug).equals(pageSlug)
                    ? pageSlug : Slugs.slugify(title));
            Page page = new Page(space, slug, title, clock.instant());
            em.persist(page);
            if (edit.tags() != null) {
                page.retag(Page.normaliseTags(Arrays.asList(edit.tags().split(","))));
            }
            return commit(viewer, page, title, markdown, summary, edit.minor(), null, null);
        }
        Page page = existing.get();
        em.lock(page, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(page);
        if (page.isDeleted()) {
            throw new InvalidInputException("markdown", "This page was deleted. Restore it before editing.");
        }
        Set<String> tags = edit.tags() == null ? null : Page.normaliseTags(Arrays.asList(edit.tags().split(",")));
        int current = page.getCurrentRevision();
        int base = edit.baseRevision();
        if (base <= 0 || base > current) {
            base = base > current ? current : 0;
        }
        if (base == current) {
            retag(page, tags);
            return commit(viewer, page, title, markdown, summary, edit.minor(), current, null);
        }
        Revision theirs = revisionOf(page, current);
        String baseText = base == 0 ? "" : revisionOf(page, base).getMarkdown();
        MergeResult merge = ThreeWayMerge.merge(baseText, theirs.getMarkdown(), markdown);
        if (!merge.clean()) {
            return new SaveOutcome.Conflict(page, base, current, theirs.getAuthorName(), baseText, theirs.getMarkdown(), markdown, merge);
        }
        retag(page, tags);
        String note = "merged with r" + current + " by " + theirs.getAuthorName();
        String mergedSummary = summary.isEmpty() ? note : cut(summary + " (" + note + ")", Revision.SUMMARY_MAX);
        return commit(viewer, page, title, merge.text(), mergedSummary, edit.minor(), current, theirs);
    }

    /** Replaces the page's tags, unless the edit left them alone (null). */
    private static void retag(Page page, Set<String> tags) {
        if (tags != null) {
            page.retag(tags);
        }
    }

    /** Writes the text as the page's next revision and brings links, tags and drafts in line. */
    private SaveOutcome commit(Viewer viewer, Page page, String title, String markdown, String summary, boolean minor,
            Integer parent, Revision mergedWith) {
        String hash = Tokens.sha256(markdown);
        if (page.getCurrentRevision() > 0) {
            Revision current = revisionOf(page, page.getCurrentRevision());
            if (current.getContentHash().equals(hash) && current.getTitle().equals(title)) {
                discardDraft(viewer, page.getSpace(), page.getSlug());
                return new SaveOutcome.Unchanged(page);
            }
        }
        Rendered rendered = render(page.getSpace(), markdown);
        Instant now = clock.instant();
        int number = page.getCurrentRevision() + 1;
        Revision revision = new Revision(page, number, title, markdown, withToc(rendered), MarkupRenderer.RENDERER_VERSION,
                viewer.accountId(), viewer.username(), now, summary, minor, parent, markdown.length(), hash);
        em.persist(revision);
        if (!title.equals(page.getTitle())) {
            page.rename(page.getSlug(), title);
        }
        page.advance(number, now);
        page.getSpace().touch(now);
        relink(page, rendered.links());
        discardDraft(viewer, page.getSpace(), page.getSlug());
        return new SaveOutcome.Saved(page, revision, mergedWith == null ? null : mergedWith.getNumber(),
                mergedWith == null ? null : mergedWith.getAuthorName());
    }

    /** A new revision with the text of revision {@code number}: "Reverted to rN". */
    public SaveOutcome revert(Viewer viewer, String spaceSlug, String pageSlug, int number) {
        Page page = requirePage(viewer, spaceSlug, pageSlug);
        access.require(viewer, page.getSpace(), Action.EDIT);
        Revision target = revisionOf(page, number);
        em.lock(page, LockModeType.PESSIMISTIC_WRITE);
        return commit(viewer, page, target.getTitle(), target.getMarkdown(), "Reverted to r" + number, false, page.getCurrentRevision(), null);
    }

    /** Gives the page a new title and slug; the old slug keeps working as a redirect. */
    public Page rename(Viewer viewer, String spaceSlug, String pageSlug, String newTitle) {
        Page page = requirePage(viewer, spaceSlug, pageSlug);
        Space space = page.getSpace();
        access.require(viewer, space, Action.EDIT);
        String title = Page.requireTitle(newTitle);
        String oldSlug = page.getSlug();
        String wanted = Slugs.slugify(title);
        findRedirect(space, wanted).filter(r -> r.getPage().equals(page)).ifPresent(em::remove);
        em.flush();
        String slug = wanted.equals(oldSlug) ? oldSlug : distinctSlug(space, wanted);
        page.rename(slug, title);
        if (!slug.equals(oldSlug)) {
            em.persist(new PageRedirect(space.getId(), oldSlug, page, clock.instant()));
        }
        audit.record(viewer, space.getId(), "page.rename", oldSlug, slug);
        return page;
    }

    /** Editors delete a page: it disappears for readers, its history stays, and it can be restored. */
    public void delete(Viewer viewer, String spaceSlug, String pageSlug) {
        Page page = requirePage(viewer, spaceSlug, pageSlug);
        access.require(viewer, page.getSpace(), Action.CURATE);
        page.markDeleted(true);
        em.createQuery("delete from PageLink l where l.pageId = :p").setParameter("p", page.getId()).executeUpdate();
        deletionChanged.fire(new PageDeletionChanged(page.getId(), true));
        audit.record(viewer, page.getSpace().getId(), "page.delete", page.getSlug(), page.getTitle());
    }

    public void restore(Viewer viewer, String spaceSlug, String pageSlug) {
        Page page = requirePage(viewer, spaceSlug, pageSlug);
        access.require(viewer, page.getSpace(), Action.CURATE);
        page.markDeleted(false);
        Revision current = revisionOf(page, page.getCurrentRevision());
        relink(page, render(page.getSpace(), current.getMarkdown()).links());
        deletionChanged.fire(new PageDeletionChanged(page.getId(), false));
        audit.record(viewer, page.getSpace().getId(), "page.restore", page.getSlug(), page.getTitle());
    }

    /** The HTML a save would produce, for the editor's preview (same renderer, sanitizer and link states). */
    public String preview(Viewer viewer, String spaceSlug, String markdown) {
        Space space = spaces.get(viewer, spaceSlug);
        return linkStates.apply(withToc(render(space, requireMarkdown(markdown))), viewer);
    }

    public void saveDraft(Viewer viewer, String spaceSlug, String pageSlug, String title, String markdown, String summary, int baseRevision) {
        Space space = spaces.get(viewer, spaceSlug);
        access.require(viewer, space, Action.EDIT);
        String slug = pageSlug == null || pageSlug.isBlank() ? "" : pageSlug;
        if (markdown != null && markdown.length() > Revision.MARKDOWN_MAX) {
            throw new InvalidInputException("markdown", tooLong());
        }
        Optional<Draft> existing = findDraft(viewer, space, slug);
        Draft draft = existing.orElseGet(() -> new Draft(viewer.accountId(), space.getId(), slug));
        draft.update(title, markdown, summary, baseRevision, clock.instant());
        if (existing.isEmpty()) {
            em.persist(draft);
        }
    }

    /** The viewer's draft of this page, if one was saved after the page's latest revision. */
    public Optional<Draft> draft(Viewer viewer, String spaceSlug, String pageSlug) {
        if (!viewer.signedIn()) {
            return Optional.empty();
        }
        Space space = spaces.get(viewer, spaceSlug);
        return findDraft(viewer, space, pageSlug == null ? "" : pageSlug);
    }

    public void discardDraft(Viewer viewer, String spaceSlug, String pageSlug) {
        discardDraft(viewer, spaces.get(viewer, spaceSlug), pageSlug == null ? "" : pageSlug);
    }

    /** Starts or stops watching a page; answers whether the viewer now watches it. */
    public boolean toggleWatch(Viewer viewer, String spaceSlug, String pageSlug) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("Sign in to watch pages.");
        }
        Page page = requirePage(viewer, spaceSlug, pageSlug);
        PageWatch existing = em.find(PageWatch.class, new PageWatch.Key(viewer.accountId(), page.getId()));
        if (existing != null) {
            em.remove(existing);
            return false;
        }
        em.persist(new PageWatch(viewer.accountId(), page.getId(), clock.instant()));
        return true;
    }

    public boolean watching(Viewer viewer, Page page) {
        return viewer.signedIn() && em.find(PageWatch.class, new PageWatch.Key(viewer.accountId(), page.getId())) != null;
    }

    // --- shared by the wiki's services ---

    Page requirePage(Viewer viewer, String spaceSlug, String pageSlug) {
        Space space = spaces.get(viewer, spaceSlug);
        return findPage(space, pageSlug).filter(p -> !p.isDeleted() || access.may(viewer, space, Action.CURATE))
                .orElseThrow(() -> new NotFoundException("There is no page \"" + pageSlug + "\" in this space."));
    }

    Revision revisionOf(Page page, int number) {
        return em.createQuery("select r from Revision r where r.page = :p and r.number = :n", Revision.class)
                .setParameter("p", page).setParameter("n", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("This page has no revision " + number + "."));
    }

    private Optional<Page> findPage(Space space, String slug) {
        if (slug == null || slug.length() > Page.SLUG_MAX) {
            return Optional.empty();
        }
        return em.createQuery("select p from Page p where p.space = :s and p.slug = :slug", Page.class)
                .setParameter("s", space).setParameter("slug", slug).getResultStream().findFirst();
    }

    private Optional<PageRedirect> findRedirect(Space space, String slug) {
        return em.createQuery("select r from PageRedirect r join fetch r.page where r.spaceId = :s and r.slug = :slug", PageRedirect.class)
                .setParameter("s", space.getId()).setParameter("slug", slug).getResultStream().findFirst();
    }

    private Optional<Draft> findDraft(Viewer viewer, Space space, String slug) {
        return em.createQuery("select d from Draft d where d.accountId = :a and d.spaceId = :s and d.slug = :slug", Draft.class)
                .setParameter("a", viewer.accountId()).setParameter("s", space.getId()).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    private void discardDraft(Viewer viewer, Space space, String slug) {
        if (viewer.signedIn()) {
            em.createQuery("delete from Draft d where d.accountId = :a and d.spaceId = :s and (d.slug = :slug or d.slug = '')")
                    .setParameter("a", viewer.accountId()).setParameter("s", space.getId()).setParameter("slug", slug).executeUpdate();
        }
    }

    /** The slug, or the slug with -2, -3, ... when a page or a redirect already has it. */
    private String distinctSlug(Space space, String wanted) {
        String base = wanted.length() > Page.SLUG_MAX - 4 ? wanted.substring(0, Page.SLUG_MAX - 4) : wanted;
        String slug = base;
        for (int i = 2; findPage(space, slug).isPresent() || findRedirect(space, slug).isPresent(); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private Rendered render(Space space, String markdown) {
        try {
            return WikiLinkStates.render(space.getSlug(), markdown);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("markdown", e.getMessage());
        }
    }

    /** Stored HTML older than the renderer is made again from its Markdown, once. */
    private void freshen(Revision revision) {
        if (revision.getRendererVersion() != MarkupRenderer.RENDERER_VERSION) {
            revision.rerendered(withToc(render(revision.getPage().getSpace(), revision.getMarkdown())), MarkupRenderer.RENDERER_VERSION);
        }
    }

    static String withToc(Rendered rendered) {
        if (!rendered.hasToc()) {
            return rendered.html();
        }
        StringBuilder toc = new StringBuilder("<div class=\"toc\"><p><strong>Contents</strong></p><ul>");
        for (Heading h : rendered.headings()) {
            toc.append("<li><a href=\"#").append(h.anchor()).append("\">").append(HtmlText.escape(h.text())).append("</a></li>");
        }
        toc.append("</ul></div>");
        return HtmlSanitizer.sanitize(toc.toString()) + rendered.html();
    }

    private void relink(Page page, List<WikiLinkRef> links) {
        em.createQuery("delete from PageLink l where l.pageId = :p").setParameter("p", page.getId()).executeUpdate();
        Set<String> seen = new java.util.HashSet<>();
        for (WikiLinkRef link : links) {
            Optional<Space> target = link.space() == null ? Optional.of(page.getSpace()) : spaces.findBySlug(link.space());
            if (target.isPresent() && seen.add(target.get().getId() + "/" + link.slug())) {
                em.persist(new PageLink(page.getId(), target.get().getId(), link.slug(), link.title()));
            }
        }
    }

    private static String requireMarkdown(String markdown) {
        String text = markdown == null ? "" : markdown;
        if (text.length() > Revision.MARKDOWN_MAX) {
            throw new InvalidInputException("markdown", tooLong());
        }
        return text;
    }

    private static String requireSummary(String summary) {
        String s = summary == null ? "" : summary.strip();
        if (s.length() > Revision.SUMMARY_MAX) {
            throw new InvalidInputException("summary", "An edit summary has at most " + Revision.SUMMARY_MAX + " characters.");
        }
        return s;
    }

    private static String tooLong() {
        return "The text is too long: a page has at most " + Revision.MARKDOWN_MAX + " characters.";
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
