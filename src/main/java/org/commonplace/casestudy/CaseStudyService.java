package org.commonplace.casestudy;

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
import org.commonplace.markup.MarkupRenderer;
import org.commonplace.markup.Slugs;
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
 * Case studies: write with the template, edit (author, editors of any space, site admins), read, and the index with
 * sector, region and tool facets. Creating is idempotent per form key, so a double submit makes one record.
 */
@ApplicationScoped
@Transactional
public class CaseStudyService {

    public static final String EXAMPLE_AUTHOR = "commonplace";
    private static final int FACET_MAX = 50;
    private static final int KEY_MAX = 120;
    private static final MarkupRenderer RENDERER = new MarkupRenderer();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Index filters; blank ones do not restrict. Labels match regardless of case. */
    public record Filter(String sector, String region, String tool) {
    }


    public record Summary(String slug, String title, String organisation, String sector, String region, List<String> tools,
            boolean example) {
    }

    public record Index(Paged<Summary> items, List<Facet> sectors, List<Facet> regions, List<Facet> tools) {
    }

    /** A case study as shown: its fields, the three Markdown parts as sanitized HTML, and whether the viewer may edit. */
    public record View(CaseStudy study, String triedHtml, String outcomeHtml, String lessonsHtml, boolean editable) {
    }

    public CaseStudy create(Viewer viewer, CaseStudy.Content content, String idempotencyKey) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("Sign in to write a case study.");
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : viewer.accountId() + ":" + idempotencyKey;
        if (key != null && key.length() > KEY_MAX) {
            throw new InvalidInputException(null, "The form key is too long.");
        }
        if (key != null) {
            Optional<CaseStudy> earlier = em.createQuery("select c from CaseStudy c where c.idempotencyKey = :k", CaseStudy.class)
                    .setParameter("k", key).getResultStream().findFirst();
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        CaseStudy study = new CaseStudy(freeSlug(content.title()), canonical(content), viewer.accountId(), viewer.username(), false,
                clock.instant(), key);
        em.persist(study);
        return study;
    }

    /** Seeds a fictional example case study under a fixed slug (the seed ledger makes this happen once). */
    public CaseStudy createExample(String slug, CaseStudy.Content content) {
        if (find(slug).isPresent()) {
            throw new ConflictException("A case study \"" + slug + "\" exists already.");
        }
        CaseStudy study = new CaseStudy(slug, canonical(content), null, EXAMPLE_AUTHOR, true, clock.instant(), null);
        em.persist(study);
        return study;
    }

    /**
     * Saves an edit. {@code baseVersion} is the version the form was opened on; if someone saved since, nothing is
     * written and the editor is asked to reload (the form keeps their text).
     */
    public CaseStudy update(Viewer viewer, String slug, CaseStudy.Content content, long baseVersion) {
        CaseStudy study = get(slug);
        if (!mayEdit(viewer, study)) {
            throw new ForbiddenException(viewer.signedIn() ? "Only the author and editors may change this case study." : "Sign in to edit.");
        }
        if (study.getVersion() != baseVersion) {
            throw new ConflictException("Someone saved this case study while you were editing. Open it again to see their change, "
                    + "then add yours (your text is still in the form).");
        }
        study.revise(canonical(content), clock.instant());
        return study;
    }

    public Optional<CaseStudy> find(String slug) {
        return em.createQuery("select c from CaseStudy c left join fetch c.tools where c.slug = :s", CaseStudy.class)
                .setParameter("s", slug == null ? "" : slug).getResultStream().findFirst();
    }

    public CaseStudy get(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("There is no such case study."));
    }

    public View view(Viewer viewer, String slug) {
        CaseStudy c = get(slug);
        return new View(c, html(c.getTried()), html(c.getOutcome()), html(c.getLessons()), mayEdit(viewer, c));
    }

    public static boolean mayEdit(Viewer viewer, CaseStudy study) {
        return viewer.signedIn() && (viewer.accountId().equals(study.getAuthorId()) || SpaceAccess.curatesAnywhere(viewer));
    }

    public Index index(Filter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String sector = condition("sector", filter.sector(), params);
        String region = condition("region", filter.region(), params);
        String tool = "";
        String t = Tags.normalise(filter.tool());
        if (!t.isEmpty()) {
            tool = " and :tool member of c.tools";
            params.put("tool", t);
        }
        String all = "1 = 1" + sector + region + tool;
        long total = bind(em.createQuery("select count(c) from CaseStudy c where " + all, Long.class), params).getSingleResult();
        List<CaseStudy> studies = bind(em.createQuery("select c from CaseStudy c where " + all + " order by c.example, c.updatedAt desc, c.id desc",
                CaseStudy.class), params).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, List<String>> tools = new HashMap<>();
        List<Long> ids = studies.stream().map(CaseStudy::getId).toList();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createQuery("select c.id, t from CaseStudy c join c.tools t where c.id in :ids order by t", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                tools.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
            }
        }
        List<Summary> items = studies.stream().map(c -> new Summary(c.getSlug(), c.getTitle(), c.getOrganisation(), c.getSector(),
                c.getRegion(), tools.getOrDefault(c.getId(), List.of()), c.isExample())).toList();
        List<Facet> sectors = facet("c.sector", "CaseStudy c where 1 = 1" + region + tool, without(params, "sector"));
        List<Facet> regions = facet("c.region", "CaseStudy c where 1 = 1" + sector + tool, without(params, "region"));
        List<Facet> toolFacet = facet("t", "CaseStudy c join c.tools t where 1 = 1" + sector + region, without(params, "tool"));
        return new Index(new Paged<>(items, total, page), sectors, regions, toolFacet);
    }

    /** Sectors and regions already used, offered as suggestions on the form so facets stay tidy. */
    public List<String> knownLabels(String field) {
        if (!field.equals("sector") && !field.equals("region")) {
            throw new IllegalArgumentException(field);
        }
        return em.createQuery("select distinct c." + field + " from CaseStudy c order by c." + field, String.class)
                .setMaxResults(200).getResultList();
    }

    /** Sector and region take the spelling already in use when they differ only in case, so they count as one. */
    private CaseStudy.Content canonical(CaseStudy.Content c) {
        return c.withLabels(existing("sector", c.sector()), existing("region", c.region()));
    }

    private String existing(String field, String value) {
        return em.createQuery("select c." + field + " from CaseStudy c where lower(c." + field + ") = :v order by c.id", String.class)
                .setParameter("v", value.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultStream().findFirst().orElse(value);
    }

    private String freeSlug(String title) {
        String base = Slugs.slugify(title, "case-study");
        if (base.length() > 110) {
            base = base.substring(0, 110).replaceAll("-+$", "");
        }
        String slug = base;
        for (int n = 2; find(slug).isPresent() || slug.equals("new"); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String condition(String field, String value, Map<String, Object> params) {
        if (value == null || value.isBlank()) {
            return "";
        }
        params.put(field, value.strip().toLowerCase(Locale.ROOT));
        return " and lower(c." + field + ") = :" + field;
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

    private static String html(String markdown) {
        return RENDERER.render(markdown).html();
    }
}
