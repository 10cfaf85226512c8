package org.commonplace.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import org.commonplace.markup.LinkResolution;
import org.commonplace.markup.MarkupRenderer;
import org.commonplace.markup.Rendered;
import org.commonplace.markup.Slugs;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.space.Action;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;

/**
 * Finishes stored page HTML for one reader without parsing Markdown again. At save time every wiki link is
 * written as {@code <a href="/s/{space}/wiki/{slug}" class="wikilink">}; here each becomes
 * <ul>
 *   <li>a link, when the page exists and the reader may see its space;</li>
 *   <li>a "create this page" link, when it does not exist and the reader may edit there;</li>
 *   <li>plain text otherwise — also when the space is hidden from the reader, so a link never tells an
 *       outsider whether an invite-only page exists.</li>
 * </ul>
 * Existence is looked up in one query per page view.
 */
@ApplicationScoped
public class WikiLinkStates {

    static final Pattern LINK = Pattern.compile("<a href=\"/s/([a-z0-9-]{1,60})/wiki/([^\"/?#]{1,120})\" class=\"wikilink\">(.*?)</a>", Pattern.DOTALL);

    @PersistenceContext
    EntityManager em;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    private static final MarkupRenderer RENDERER = new MarkupRenderer();

    /**
     * Renders Markdown written in a space (a page or a post) for storage: wiki links become plain page URLs
     * that {@link #apply} finishes per reader. Throws {@link IllegalArgumentException} for oversized input.
     */
    public static Rendered render(String spaceSlug, String markdown) {
        return RENDERER.render(markdown, (targetSpace, targetTitle) ->
                LinkResolution.exists("/s/" + (targetSpace == null ? spaceSlug : targetSpace) + "/wiki/" + Slugs.slugify(targetTitle)));
    }

    public String apply(String html, Viewer viewer) {
        return applyAll(List.of(html), viewer).get(0);
    }

    /** Finishes several stored fragments (the posts of a thread) with one set of look-ups for all of them. */
    public List<String> applyAll(List<String> htmls, Viewer viewer) {
        Set<String> spaceSlugs = new HashSet<>();
        Set<String> pageSlugs = new HashSet<>();
        for (String html : htmls) {
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                spaceSlugs.add(m.group(1));
                pageSlugs.add(m.group(2));
            }
        }
        if (spaceSlugs.isEmpty()) {
            return htmls;
        }
        Map<String, Optional<Space>> visible = new HashMap<>();
        for (String slug : spaceSlugs) {
            visible.put(slug, spaces.findBySlug(slug).filter(s -> access.may(viewer, s, Action.SEE)));
        }
        Set<String> existing = existing(visible.values().stream().flatMap(Optional::stream).map(Space::getId).toList(), pageSlugs);
        return htmls.stream().map(html -> finish(html, viewer, visible, existing)).toList();
    }

    private String finish(String html, Viewer viewer, Map<String, Optional<Space>> visible, Set<String> existing) {
        Matcher m = LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            Optional<Space> space = visible.get(m.group(1));
            String label = m.group(3);
            String replacement;
            if (space.isEmpty()) {
                replacement = missing(label);
            } else if (existing.contains(space.get().getId() + "/" + m.group(2))) {
                replacement = m.group(0);
            } else if (access.may(viewer, space.get(), Action.EDIT)) {
                replacement = "<a href=\"/s/" + m.group(1) + "/wiki/" + m.group(2) + "/edit\" class=\"wikilink new\" rel=\"nofollow\""
                        + " title=\"This page does not exist yet: create it\">" + label + "</a>";
            } else {
                replacement = missing(label);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String missing(String label) {
        return "<span class=\"wikilink-missing\">" + label + "</span>";
    }

    /** "spaceId/slug" of every live page or redirect among the candidates. */
    private Set<String> existing(List<Long> spaceIds, Set<String> slugs) {
        Set<String> result = new HashSet<>();
        if (spaceIds.isEmpty()) {
            return result;
        }
        em.createQuery("select p.space.id, p.slug from Page p where p.deleted = false and p.space.id in :spaces and p.slug in :slugs",
                Object[].class).setParameter("spaces", spaceIds).setParameter("slugs", slugs)
                .getResultList().forEach(r -> result.add(r[0] + "/" + r[1]));
        em.createQuery("select r.spaceId, r.slug from PageRedirect r where r.spaceId in :spaces and r.slug in :slugs", Object[].class)
                .setParameter("spaces", spaceIds).setParameter("slugs", slugs)
                .getResultList().forEach(r -> result.add(r[0] + "/" + r[1]));
        return result;
    }
}
