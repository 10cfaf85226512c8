package org.commonplace.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonplace.markup.MarkupRenderer;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.shared.Tags;
import org.commonplace.space.Viewer;

/**
 * The member and expert directory ({@code /people}) and profile pages ({@code /people/{username}}). A page of the
 * directory costs a fixed number of queries (count, page, tags, facets, consulting count, and the three of
 * {@link ActivityCounts}), however many people it shows. Suspended accounts are never listed; placeholder
 * accounts made by imports are left out unless they have a profile or the reader asks for them.
 */
@ApplicationScoped
@Transactional
public class DirectoryService {

    public static final int TEXT_MAX = 100;
    public static final int FACETS_MAX = 40;
    private static final MarkupRenderer RENDERER = new MarkupRenderer();

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivityCounts activity;

    /** Filters of the directory; blank ones do not restrict. */
    public record Query(String tag, String text, boolean consultingOnly, boolean withPlaceholders) {
    }

    /** One person in the directory. */
    public record Entry(String username, String displayName, String organisation, List<String> expertise, boolean consulting,
            String consultingTerms, boolean placeholder, Activity activity) {
    }

    public record TagCount(String tag, long count) {
    }

    /** A page of the directory with its expertise facet (counts under the other filters) and the consulting count. */
    public record Directory(Paged<Entry> people, List<TagCount> expertise, long consulting) {
    }

    /** A profile page: the account's public fields, the bio as sanitized HTML, and its activity for this viewer. */
    public record Profile(String username, String displayName, String organisation, List<String> expertise, String bioHtml,
            List<String> links, boolean consulting, String consultingTerms, boolean placeholder, java.time.Instant memberSince,
            Activity activity) {
    }

    public Directory directory(Viewer viewer, Query query, PageRequest page) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.length() > TEXT_MAX) {
            throw new InvalidInputException("text", "Search the directory with at most " + TEXT_MAX + " characters.");
        }
        String tag = Tags.normalise(query.tag());
        Map<String, Object> params = new HashMap<>();
        String listed = listedCondition(query, text, params);
        String tagged = tag.isEmpty() ? "" : " and :tag member of a.expertise";
        if (!tag.isEmpty()) {
            params.put("tag", tag);
        }
        String consulting = query.consultingOnly() ? " and a.consulting = true" : "";

        long total = bind(em.createQuery("select count(a) from Account a where " + listed + tagged + consulting, Long.class), params)
                .getSingleResult();
        List<Account> accounts = bind(em.createQuery("select a from Account a where " + listed + tagged + consulting
                + " order by lower(a.displayName), a.id", Account.class), params)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<Long> ids = accounts.stream().map(Account::getId).toList();
        Map<Long, List<String>> tags = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createQuery("select a.id, e from Account a join a.expertise e where a.id in :ids order by e", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                tags.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
            }
        }
        Map<Long, Activity> counts = activity.of(viewer, ids);
        List<Entry> entries = accounts.stream().map(a -> new Entry(a.getUsername(), a.getDisplayName(), a.getOrganisation(),
                tags.getOrDefault(a.getId(), List.of()), a.isConsulting(), a.getConsultingTerms(), a.getStatus() == AccountStatus.PLACEHOLDER,
                counts.getOrDefault(a.getId(), Activity.NONE))).toList();

        Map<String, Object> facetParams = new HashMap<>(params);
        facetParams.remove("tag");
        List<TagCount> facets = bind(em.createQuery("select e, count(a) from Account a join a.expertise e where " + listed + consulting
                + " group by e order by count(a) desc, e", Object[].class), facetParams).setMaxResults(FACETS_MAX).getResultList()
                .stream().map(r -> new TagCount((String) r[0], ((Number) r[1]).longValue())).toList();
        long consultingCount = bind(em.createQuery("select count(a) from Account a where " + listed + tagged + " and a.consulting = true",
                Long.class), params).getSingleResult();
        return new Directory(new Paged<>(entries, total, page), facets, consultingCount);
    }

    public Profile profile(Viewer viewer, String username) {
        Account a = em.createQuery("select a from Account a where a.usernameKey = :k and a.status <> :suspended", Account.class)
                .setParameter("k", Account.key(username)).setParameter("suspended", AccountStatus.SUSPENDED)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("There is no such person."));
        String bioHtml = a.getBio() == null ? null : RENDERER.render(a.getBio()).html();
        return new Profile(a.getUsername(), a.getDisplayName(), a.getOrganisation(), a.getExpertise(), bioHtml, a.getLinks(),
                a.isConsulting(), a.getConsultingTerms(), a.getStatus() == AccountStatus.PLACEHOLDER, a.getCreatedAt(),
                activity.of(viewer, List.of(a.getId())).getOrDefault(a.getId(), Activity.NONE));
    }

    private static String listedCondition(Query query, String text, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("a.status <> :suspended");
        params.put("suspended", AccountStatus.SUSPENDED);
        if (!query.withPlaceholders()) {
            where.append(" and (a.status <> :placeholder or a.profileUpdatedAt is not null)");
            params.put("placeholder", AccountStatus.PLACEHOLDER);
        }
        if (!text.isEmpty()) {
            where.append(" and (lower(a.displayName) like :text escape '!' or a.usernameKey like :text escape '!'"
                    + " or lower(a.organisation) like :text escape '!'"
                    + " or exists (select 1 from Account x join x.expertise xe where x = a and xe like :text escape '!'))");
            params.put("text", "%" + likeEscape(text.toLowerCase(Locale.ROOT)) + "%");
        }
        return where.toString();
    }

    static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
