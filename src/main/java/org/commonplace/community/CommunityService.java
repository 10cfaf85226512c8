package org.commonplace.community;

import org.commonplace.shared.FacetCounts;
import org.commonplace.shared.FacetCounts.Facet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;
import org.commonplace.shared.Tags;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.Viewer;

/**
 * The community directory: suggest (signed-in members; idempotent per form key, one entry per address), review
 * (editors of any space and site admins), and the public listing of approved entries with topic and platform facets.
 */
@ApplicationScoped
@Transactional
public class CommunityService {

    public static final String EXAMPLE_AUTHOR = "commonplace";
    private static final int FACET_MAX = 50;
    private static final int KEY_MAX = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public record Filter(String topic, String platform) {
    }


    /** An entry as listed or queued. */
    public record Entry(long id, String name, String url, String platform, List<String> topics, String audience, String description,
            Activity activity, boolean example, String suggestedBy, java.time.Instant suggestedAt) {
    }

    public record Listing(Paged<Entry> items, List<Facet> topics, List<Facet> platforms) {
    }

    public Community suggest(Viewer viewer, Community.Details details, String idempotencyKey) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("Sign in to suggest a community.");
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : viewer.accountId() + ":" + idempotencyKey;
        if (key != null && key.length() > KEY_MAX) {
            throw new InvalidInputException(null, "The form key is too long.");
        }
        if (key != null) {
            Optional<Community> earlier = em.createQuery("select c from Community c where c.idempotencyKey = :k", Community.class)
                    .setParameter("k", key).getResultStream().findFirst();
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        requireNewAddress(details.url());
        Community c = new Community(details.withPlatform(existingPlatform(details.platform())), viewer.accountId(), viewer.username(),
                false, clock.instant(), key);
        em.persist(c);
        return c;
    }

    /** Seeds an illustrative entry, listed at once (the seed ledger makes this happen once). */
    public Community createExample(Community.Details details) {
        requireNewAddress(details.url());
        Community c = new Community(details.withPlatform(existingPlatform(details.platform())), null, EXAMPLE_AUTHOR, true,
                clock.instant(), null);
        c.approveExample(clock.instant());
        em.persist(c);
        return c;
    }

    public Community approve(Viewer viewer, long id, String note) {
        Community c = reviewable(viewer, id);
        c.approve(viewer.username(), note, clock.instant());
        return c;
    }

    public Community reject(Viewer viewer, long id, String note) {
        Community c = reviewable(viewer, id);
        c.reject(viewer.username(), note, clock.instant());
        return c;
    }

    public static boolean mayReview(Viewer viewer) {
        return viewer.signedIn() && SpaceAccess.curatesAnywhere(viewer);
    }

    /** The suggestions waiting for review, oldest first (editors only). */
    public Paged<Entry> pending(Viewer viewer, PageRequest page) {
        requireReviewer(viewer);
        long total = em.createQuery("select count(c) from Community c where c.state = :s", Long.class)
                .setParameter("s", EntryState.SUGGESTED).getSingleResult();
        List<Community> items = em.createQuery("select c from Community c where c.state = :s order by c.createdAt, c.id", Community.class)
                .setParameter("s", EntryState.SUGGESTED).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Paged<>(entries(items), total, page);
    }

    /** Approved entries, by name, with facets counted under the other filter. */
    public Listing list(Filter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("approved", EntryState.APPROVED);
        String topic = "";
        String t = Tags.normalise(filter.topic());
        if (!t.isEmpty()) {
            topic = " and :topic member of c.topics";
            params.put("topic", t);
        }
        String platform = "";
        if (filter.platform() != null && !filter.platform().isBlank()) {
            platform = " and lower(c.platform) = :platform";
            params.put("platform", filter.platform().strip().toLowerCase(Locale.ROOT));
        }
        String where = " where c.state = :approved" + topic + platform;
        long total = bind(em.createQuery("select count(c) from Community c" + where, Long.class), params).getSingleResult();
        List<Community> items = bind(em.createQuery("select c from Community c" + where + " order by lower(c.name), c.id", Community.class), params)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<Facet> topics = facet("t", "Community c join c.topics t where c.state = :approved" + platform, without(params, "topic"));
        List<Facet> platforms = facet("c.platform", "Community c where c.state = :approved" + topic, without(params, "platform"));
        return new Listing(new Paged<>(entries(items), total, page), topics, platforms);
    }

    private List<Entry> entries(List<Community> items) {
        Map<Long, List<String>> topics = new HashMap<>();
        List<Long> ids = items.stream().map(Community::getId).toList();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createQuery("select c.id, t from Community c join c.topics t where c.id in :ids order by t", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                topics.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
            }
        }
        return items.stream().map(c -> new Entry(c.getId(), c.getName(), c.getUrl(), c.getPlatform(), topics.getOrDefault(c.getId(), List.of()),
                c.getAudience(), c.getDescription(), c.getActivity(), c.isExample(), c.getSuggestedName(), c.getCreatedAt())).toList();
    }

    private Community reviewable(Viewer viewer, long id) {
        requireReviewer(viewer);
        Community c = em.find(Community.class, id);
        if (c == null) {
            throw new NotFoundException("There is no such suggestion.");
        }
        return c;
    }

    private static void requireReviewer(Viewer viewer) {
        if (!mayReview(viewer)) {
            throw new ForbiddenException(viewer.signedIn() ? "Only editors review suggested communities." : "Sign in first.");
        }
    }

    /** The entry (in any state) for this address, compared without scheme, "www." and trailing slash. */
    public Optional<Community> findByAddress(String url) {
        return em.createQuery("select c from Community c where c.urlKey = :k", Community.class)
                .setParameter("k", Community.urlKey(url)).getResultStream().findFirst();
    }

    private void requireNewAddress(String url) {
        Optional<Community> same = findByAddress(url);
        if (same.isPresent()) {
            Community c = same.get();
            throw new ConflictException(switch (c.getState()) {
                case APPROVED -> "\"" + c.getName() + "\" is in the directory already.";
                case SUGGESTED -> "\"" + c.getName() + "\" has been suggested already and waits for an editor.";
                case REJECTED -> "\"" + c.getName() + "\" was suggested before and not taken into the directory.";
            });
        }
    }

    private String existingPlatform(String platform) {
        return em.createQuery("select c.platform from Community c where lower(c.platform) = :p order by c.id", String.class)
                .setParameter("p", platform.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultStream().findFirst().orElse(platform);
    }

    private List<Facet> facet(String value, String fromWhere, Map<String, Object> params) {
        return FacetCounts.count(em, value, fromWhere, params, FACET_MAX);
    }

    private static Map<String, Object> without(Map<String, Object> params, String key) {
        return FacetCounts.without(params, key);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        return FacetCounts.bind(query, params);
    }
}
