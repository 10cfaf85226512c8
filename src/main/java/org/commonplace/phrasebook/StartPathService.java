package org.commonplace.phrasebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.forum.ForumThread;
import org.commonplace.forum.Post;
import org.commonplace.markup.Slugs;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.space.Action;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceFilter;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.WikiLinkStates;

/**
 * Start-here paths. Steps are resolved for each viewer when shown: a step whose target does not exist (yet) or
 * lies in a space the viewer may not read is left out, so a path never reveals what the viewer may not see.
 * Progress: the steps a signed-in reader has opened are stored; anonymous readers keep theirs in the browser.
 */
@ApplicationScoped
@Transactional
public class StartPathService {

    private static final Pattern STEP_LINE = Pattern.compile("\\s*(page|thread|term)\\s+(\\S+)\\s*(?:\\|\\s*(.*))?", Pattern.CASE_INSENSITIVE);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceAccess access;

    @Inject
    SpaceService spaces;

    @Inject
    PhrasebookService phrasebook;

    @Inject
    WikiLinkStates linkStates;

    @Inject
    TermMarking marking;

    /** A path on the home page. */
    public record PathSummary(String slug, String title, String description, int steps, int visited) {
    }

    /** A step as this viewer sees it. {@code index} counts the visible steps from 1. */
    public record StepView(long id, int index, StartStep.Kind kind, String title, String url, String note, boolean visited) {
    }

    /** A path with one step open. */
    public record PathView(String slug, String title, String description, List<StepView> steps, StepView current, String currentHtml,
            Integer previous, Integer next, boolean canEdit, String stepsText, String spaceSlug) {
    }

    private record Resolved(StepView view, Space space, String html) {
    }

    /** The paths the viewer may read, in their order, with their visible steps counted. */
    public List<PathSummary> paths(Viewer viewer) {
        List<PathSummary> out = new ArrayList<>();
        Set<Long> visited = visited(viewer);
        for (StartPath p : readablePaths(viewer)) {
            List<Resolved> steps = resolve(viewer, p, visited, false);
            if (!steps.isEmpty()) {
                int done = (int) steps.stream().filter(s -> s.view().visited()).count();
                out.add(new PathSummary(p.getSlug(), p.getTitle(), p.getDescription(), steps.size(), done));
            }
        }
        return out;
    }

    private List<StartPath> readablePaths(Viewer viewer) {
        SpaceFilter filter = access.readable(viewer);
        return filter.bind(em.createQuery("select p from StartPath p where p.space is null or p.space.id in (select s.id from Space s where "
                + filter.jpql("s") + ") order by p.position, p.title", StartPath.class)).getResultList();
    }

    private StartPath readablePath(Viewer viewer, String slug) {
        StartPath p = em.createQuery("select p from StartPath p left join fetch p.space where p.slug = :s", StartPath.class)
                .setParameter("s", slug == null ? "" : slug).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such path."));
        if (p.getSpace() != null && !access.may(viewer, p.getSpace(), Action.SEE)) {
            throw new NotFoundException("There is no such path.");
        }
        return p;
    }

    /**
     * A path with its step {@code stepIndex} (1-based over the visible steps; out of range means the first)
     * open; opening a step records it as visited for a signed-in reader.
     */
    public PathView view(Viewer viewer, String slug, Integer stepIndex) {
        StartPath p = readablePath(viewer, slug);
        Set<Long> visited = visited(viewer);
        List<Resolved> steps = resolve(viewer, p, visited, true);
        boolean canEdit = mayEdit(viewer, p.getSpace());
        if (steps.isEmpty()) {
            return new PathView(p.getSlug(), p.getTitle(), p.getDescription(), List.of(), null, null, null, null, canEdit, stepsText(p),
                    p.getSpace() == null ? null : p.getSpace().getSlug());
        }
        int index = stepIndex == null || stepIndex < 1 || stepIndex > steps.size() ? 1 : stepIndex;
        Resolved current = steps.get(index - 1);
        if (viewer.signedIn() && !current.view().visited()) {
            em.createNativeQuery("INSERT INTO start_progress (account_id, step_id, visited_at) SELECT ?1, ?2, ?3 FROM phrasebook_state"
                    + " WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM start_progress WHERE account_id = ?1 AND step_id = ?2)")
                    .setParameter(1, viewer.accountId()).setParameter(2, current.view().id())
                    .setParameter(3, java.sql.Timestamp.from(clock.instant())).executeUpdate();
            StepView v = current.view();
            current = new Resolved(new StepView(v.id(), v.index(), v.kind(), v.title(), v.url(), v.note(), true), current.space(), current.html());
            steps.set(index - 1, current);
        }
        String html = current.html() == null ? null : marking.mark(current.space(), "step:" + current.view().id(), current.html());
        return new PathView(p.getSlug(), p.getTitle(), p.getDescription(), steps.stream().map(Resolved::view).toList(), current.view(), html,
                index > 1 ? index - 1 : null, index < steps.size() ? index + 1 : null, canEdit, stepsText(p),
                p.getSpace() == null ? null : p.getSpace().getSlug());
    }

    /** The steps a signed-in viewer has opened (ids). */
    public Set<Long> visited(Viewer viewer) {
        if (!viewer.signedIn()) {
            return Set.of();
        }
        List<?> ids = em.createNativeQuery("SELECT step_id FROM start_progress WHERE account_id = ?1").setParameter(1, viewer.accountId())
                .getResultList();
        Set<Long> out = new HashSet<>();
        for (Object id : ids) {
            out.add(((Number) id).longValue());
        }
        return out;
    }

    private List<Resolved> resolve(Viewer viewer, StartPath p, Set<Long> visited, boolean withContent) {
        List<Resolved> out = new ArrayList<>();
        for (StartStep s : p.getSteps()) {
            Optional<Resolved> r = resolve(viewer, s, out.size() + 1, visited.contains(s.getId()), withContent);
            r.ifPresent(out::add);
        }
        return out;
    }

    private Optional<Resolved> resolve(Viewer viewer, StartStep s, int index, boolean visited, boolean withContent) {
        switch (s.getKind()) {
            case PAGE -> {
                int slash = s.getTarget().indexOf('/');
                Optional<Page> page = em.createQuery("select p from Page p join fetch p.space where p.space.slug = :s and p.slug = :p and p.deleted = false",
                        Page.class).setParameter("s", s.getTarget().substring(0, slash)).setParameter("p", s.getTarget().substring(slash + 1))
                        .getResultStream().findFirst().filter(pg -> access.may(viewer, pg.getSpace(), Action.SEE));
                return page.map(pg -> {
                    String html = null;
                    if (withContent) {
                        html = em.createQuery("select r.html from Revision r where r.page = :p and r.number = :n", String.class)
                                .setParameter("p", pg).setParameter("n", pg.getCurrentRevision()).getSingleResult();
                        html = linkStates.apply(html, viewer);
                    }
                    return new Resolved(new StepView(s.getId(), index, s.getKind(), pg.getTitle(), "/s/" + pg.getSpace().getSlug() + "/wiki/" + pg.getSlug(),
                            s.getNote(), visited), pg.getSpace(), html);
                });
            }
            case THREAD -> {
                Optional<ForumThread> thread = em.createQuery("select t from ForumThread t where t.id = :id",
                        ForumThread.class).setParameter("id", Long.parseLong(s.getTarget())).getResultStream().findFirst()
                        .filter(t -> access.may(viewer, t.getBoard().getSpace(), Action.SEE));
                return thread.map(t -> {
                    String html = null;
                    if (withContent) {
                        html = em.createQuery("select p from Post p where p.thread = :t order by p.id", Post.class).setParameter("t", t)
                                .setMaxResults(1).getResultStream().filter(p -> !p.isDeleted() && p.getHiddenReason() == null)
                                .map(p -> linkStates.apply(p.getHtml(), viewer)).findFirst().orElse(null);
                    }
                    return new Resolved(new StepView(s.getId(), index, s.getKind(), t.getTitle(), "/t/" + t.getId(), s.getNote(), visited),
                            t.getBoard().getSpace(), html);
                });
            }
            case TERM -> {
                try {
                    Term t = phrasebook.find(viewer, s.getTarget());
                    String html = withContent ? "<p><strong>" + org.commonplace.markup.HtmlText.escape(t.getDefinition()) + "</strong></p>"
                            + linkStates.apply(t.getExplanationHtml(), viewer) : null;
                    return Optional.of(new Resolved(new StepView(s.getId(), index, s.getKind(), t.getTerm(), "/phrasebook/" + t.getSlug(),
                            s.getNote(), visited), t.getSpace(), html));
                } catch (NotFoundException e) {
                    return Optional.empty();
                }
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    // ----- editing -----

    public boolean mayEdit(Viewer viewer, Space space) {
        return phrasebook.mayEdit(viewer, space);
    }

    /**
     * Creates a path (slug null) or replaces an existing one's title, description and steps. Steps: one a line,
     * {@code page space/slug}, {@code thread 123} or {@code term slug}, then optionally {@code | a note}.
     */
    public StartPath save(Viewer viewer, String slug, String spaceSlug, String title, String description, String stepsText) {
        return save(viewer, slug, spaceSlug, title, description, stepsText, null);
    }

    /** As above; a new path gets the slug {@code newSlug} when given (and free), else one made from its title. */
    public StartPath save(Viewer viewer, String slug, String spaceSlug, String title, String description, String stepsText, String newSlug) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > StartPath.TITLE_MAX) {
            throw new InvalidInputException("title", "A path's title has 1 to " + StartPath.TITLE_MAX + " characters.");
        }
        String d = description == null ? "" : description.strip();
        if (d.length() > StartPath.DESCRIPTION_MAX) {
            throw new InvalidInputException("description", "A description has at most " + StartPath.DESCRIPTION_MAX + " characters.");
        }
        List<String[]> steps = parseSteps(stepsText);
        StartPath path;
        if (slug == null) {
            Space space = spaceSlug == null || spaceSlug.isBlank() ? null : spaces.get(viewer, spaceSlug);
            requireEdit(viewer, space);
            int position = em.createQuery("select coalesce(max(p.position), 0) from StartPath p", Integer.class).getSingleResult() + 1;
            path = new StartPath(space, uniqueSlug(newSlug != null && newSlug.matches("[a-z0-9-]{1,100}") ? newSlug : t), position, clock.instant());
            path.describe(t, d);
            em.persist(path);
        } else {
            path = readablePath(viewer, slug);
            requireEdit(viewer, path.getSpace());
            path.getSteps().clear();
            em.flush();
        }
        path.describe(t, d);
        int i = 1;
        for (String[] s : steps) {
            path.getSteps().add(new StartStep(path, i++, StartStep.Kind.valueOf(s[0]), s[1], s[2]));
        }
        return path;
    }

    public void delete(Viewer viewer, String slug) {
        StartPath path = readablePath(viewer, slug);
        requireEdit(viewer, path.getSpace());
        em.remove(path);
    }

    private void requireEdit(Viewer viewer, Space space) {
        if (!mayEdit(viewer, space)) {
            throw new ForbiddenException(space == null ? "Only site administrators curate site-wide paths." : "Only the space's editors curate its paths.");
        }
    }

    static List<String[]> parseSteps(String text) {
        List<String[]> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : text == null ? new String[0] : text.split("\\r?\\n")) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            Matcher m = STEP_LINE.matcher(line);
            if (!m.matches()) {
                throw new InvalidInputException("steps", "Line " + lineNo + ": write \"page space/page-slug\", \"thread 123\" or \"term slug\","
                        + " then optionally \"| a note\".");
            }
            String kind = m.group(1).toUpperCase(java.util.Locale.ROOT);
            String target = m.group(2);
            boolean ok = switch (kind) {
                case "PAGE" -> target.matches("[a-z0-9-]{1,60}/[a-z0-9-]{1,120}");
                case "THREAD" -> target.matches("[0-9]{1,18}");
                default -> target.matches("[a-z0-9-]{1,120}");
            };
            if (!ok) {
                throw new InvalidInputException("steps", "Line " + lineNo + ": \"" + (target.length() > 60 ? target.substring(0, 60) : target)
                        + "\" is not a " + kind.toLowerCase(java.util.Locale.ROOT) + " reference.");
            }
            String note = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
            if (note != null && note.length() > StartStep.NOTE_MAX) {
                throw new InvalidInputException("steps", "Line " + lineNo + ": a note has at most " + StartStep.NOTE_MAX + " characters.");
            }
            out.add(new String[] {kind, target, note});
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("steps", "A path has at least one step.");
        }
        if (out.size() > StartPath.STEPS_MAX) {
            throw new InvalidInputException("steps", "A path has at most " + StartPath.STEPS_MAX + " steps.");
        }
        return out;
    }

    static String stepsText(StartPath p) {
        StringBuilder b = new StringBuilder();
        for (StartStep s : p.getSteps()) {
            b.append(s.getKind().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(s.getTarget());
            if (s.getNote() != null) {
                b.append(" | ").append(s.getNote());
            }
            b.append('\n');
        }
        return b.toString();
    }

    private String uniqueSlug(String title) {
        String base = Slugs.slugify(title, "path");
        if (base.length() > 110) {
            base = base.substring(0, 110);
        }
        String slug = base;
        int n = 2;
        while (slug.equals("new") || !em.createQuery("select p.id from StartPath p where p.slug = :s", Long.class).setParameter("s", slug).getResultList().isEmpty()) {
            slug = base + "-" + n++;
        }
        return slug;
    }
}
