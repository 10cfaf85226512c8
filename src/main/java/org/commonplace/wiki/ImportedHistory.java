package org.commonplace.wiki;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonplace.markup.MarkupRenderer;
import org.commonplace.markup.Rendered;
import org.commonplace.markup.WikiLinkRef;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.Tokens;
import org.commonplace.space.Space;

/**
 * The narrow door through which importers write page history that happened elsewhere: revisions keep their
 * original author and time and are appended in order. Used only by {@code imports/}; the caller owns the
 * transaction and decides access (site administrators only).
 */
public final class ImportedHistory {

    private ImportedHistory() {
    }

    /** A page at {@code slug} (the caller made it distinct), created at the time of its first revision. */
    public static Page newPage(EntityManager em, Space space, String slug, String title, Instant createdAt) {
        Page page = new Page(space, slug, title, createdAt);
        em.persist(page);
        return page;
    }

    /** The next revision of {@code page}, written as it was: author, time, summary and minor flag from the source. */
    public static Revision append(EntityManager em, Page page, String markdown, Long authorId, String authorName, Instant at,
            String summary, boolean minor) {
        if (markdown.length() > Revision.MARKDOWN_MAX) {
            throw new InvalidInputException("markdown", "A page has at most " + Revision.MARKDOWN_MAX + " characters.");
        }
        Rendered rendered;
        try {
            rendered = WikiLinkStates.render(page.getSpace().getSlug(), markdown);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("markdown", e.getMessage());
        }
        int number = page.getCurrentRevision() + 1;
        String cutSummary = summary == null ? "" : summary.length() > Revision.SUMMARY_MAX ? summary.substring(0, Revision.SUMMARY_MAX) : summary;
        Revision revision = new Revision(page, number, page.getTitle(), markdown, WikiService.withToc(rendered),
                MarkupRenderer.RENDERER_VERSION, authorId, authorName, at, cutSummary, minor, number == 1 ? null : number - 1,
                markdown.length(), Tokens.sha256(markdown));
        em.persist(revision);
        page.advance(number, at.isAfter(page.getUpdatedAt()) || number == 1 ? at : page.getUpdatedAt());
        page.getSpace().touch(at);
        relink(em, page, rendered.links());
        return revision;
    }

    private static void relink(EntityManager em, Page page, List<WikiLinkRef> links) {
        em.createQuery("delete from PageLink l where l.pageId = :p").setParameter("p", page.getId()).executeUpdate();
        Set<String> seen = new HashSet<>();
        for (WikiLinkRef link : links) {
            Optional<Space> target = link.space() == null ? Optional.of(page.getSpace())
                    : em.createQuery("select s from Space s where s.slug = :s", Space.class).setParameter("s", link.space())
                            .getResultStream().findFirst();
            if (target.isPresent() && seen.add(target.get().getId() + "/" + link.slug())) {
                em.persist(new PageLink(page.getId(), target.get().getId(), link.slug(), link.title()));
            }
        }
    }

    /** A page's revisions oldest first, for export. */
    public static List<Revision> revisions(EntityManager em, Page page) {
        return em.createQuery("select r from Revision r where r.page = :p order by r.number", Revision.class)
                .setParameter("p", page).getResultList();
    }
}
