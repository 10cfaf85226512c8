package org.commonplace.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.commonplace.audit.AuditLog;
import org.commonplace.people.Account;
import org.commonplace.shared.ConflictException;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.PageRequest;
import org.commonplace.shared.Paged;

/** Spaces and their members. Every method asks {@link SpaceAccess}; nothing here decides access itself. */
@ApplicationScoped
@Transactional
public class SpaceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceAccess access;

    @Inject
    AuditLog audit;

    /** The spaces the viewer may see, most recently active first. */
    public Paged<Space> listVisible(Viewer viewer, PageRequest page) {
        SpaceFilter filter = access.readable(viewer);
        List<Space> items = filter.bind(em.createQuery(
                "select s from Space s where " + filter.jpql("s") + " order by s.lastActivityAt desc, s.name", Space.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = filter.bind(em.createQuery("select count(s) from Space s where " + filter.jpql("s"), Long.class)).getSingleResult();
        return new Paged<>(items, total, page);
    }

    /** Visible spaces whose name or description contains every word of the query (at most 50). */
    public List<Space> search(Viewer viewer, String query) {
        SpaceFilter filter = access.readable(viewer);
        StringBuilder jpql = new StringBuilder("select s from Space s where " + filter.jpql("s"));
        String[] words = query.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+");
        int n = Math.min(words.length, 10);
        for (int i = 0; i < n; i++) {
            jpql.append(" and (lower(s.name) like :w").append(i).append(" escape '!' or lower(s.description) like :w").append(i).append(" escape '!')");
        }
        var q = filter.bind(em.createQuery(jpql + " order by s.name", Space.class));
        for (int i = 0; i < n; i++) {
            q.setParameter("w" + i, "%" + words[i].replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return q.setMaxResults(50).getResultList();
    }

    /** A space the viewer may see; a hidden one is reported exactly like a missing one. */
    public Space get(Viewer viewer, String slug) {
        Space space = findBySlug(slug).orElseThrow(() -> new NotFoundException("There is no such space."));
        access.require(viewer, space, Action.SEE);
        return space;
    }

    public Optional<Space> findBySlug(String slug) {
        if (slug == null || slug.length() > Space.SLUG_MAX) {
            return Optional.empty();
        }
        return em.createQuery("select s from Space s where s.slug = :slug", Space.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Site admins create spaces. */
    public Space create(Viewer viewer, String slug, String name, String description, Visibility visibility) {
        if (!viewer.siteAdmin()) {
            throw new ForbiddenException("Only site administrators create spaces.");
        }
        if (findBySlug(slug).isPresent()) {
            throw new ConflictException("A space with the short name \"" + slug + "\" exists already.");
        }
        Space space = new Space(slug, name, description, visibility, clock.instant());
        em.persist(space);
        audit.record(viewer, space.getId(), "space.create", slug, visibility.name());
        return space;
    }

    /** Space administrators decide who may edit the space's wiki: any member, or editors only. */
    public void changeEditPolicy(Viewer viewer, String slug, EditPolicy policy) {
        Space space = get(viewer, slug);
        access.require(viewer, space, Action.ADMINISTER);
        if (space.getEditPolicy() != policy) {
            audit.record(viewer, space.getId(), "space.edit-policy", slug, space.getEditPolicy() + " -> " + policy);
            space.changeEditPolicy(policy);
        }
    }

    /** Space administrators turn the marking of phrasebook terms in their space's pages and posts on or off. */
    public void changeTermMarking(Viewer viewer, String slug, boolean on) {
        Space space = get(viewer, slug);
        access.require(viewer, space, Action.ADMINISTER);
        if (space.isTermMarking() != on) {
            audit.record(viewer, space.getId(), "space.term-marking", slug, on ? "on" : "off");
            space.changeTermMarking(on);
        }
    }

    /** The space's audit log (roles, invitations, moderation), newest first, for its administrators. */
    public Paged<org.commonplace.audit.AuditEntry> auditLog(Viewer viewer, String slug, PageRequest page) {
        Space space = get(viewer, slug);
        access.require(viewer, space, Action.ADMINISTER);
        return audit.list(space.getId(), page);
    }

    /** Members of a space, for its administrators. */
    public Paged<Membership> members(Viewer viewer, String slug, PageRequest page) {
        Space space = get(viewer, slug);
        access.require(viewer, space, Action.ADMINISTER);
        List<Membership> items = em.createQuery(
                "select m from Membership m join fetch m.account where m.space = :s order by m.account.usernameKey", Membership.class)
                .setParameter("s", space).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(m) from Membership m where m.space = :s", Long.class)
                .setParameter("s", space).getSingleResult();
        return new Paged<>(items, total, page);
    }

    public void changeRole(Viewer viewer, String slug, long membershipId, Role role) {
        Space space = get(viewer, slug);
        access.require(viewer, space, Action.ADMINISTER);
        Membership membership = membershipIn(space, membershipId);
        if (membership.getRole() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(space);
        }
        Role before = membership.getRole();
        membership.changeRole(role);
        audit.record(viewer, space.getId(), "member.role", membership.getAccount().getUsername(), before + " -> " + role);
    }

    public void removeMember(Viewer viewer, String slug, long membershipId) {
        Space space = get(viewer, slug);
        access.require(viewer, space, Action.ADMINISTER);
        Membership membership = membershipIn(space, membershipId);
        if (membership.getRole() == Role.ADMIN) {
            requireAnotherAdmin(space);
        }
        em.remove(membership);
        audit.record(viewer, space.getId(), "member.remove", membership.getAccount().getUsername(), membership.getRole().name());
    }

    /**
     * Makes the account a member with at least this role (an existing higher role is kept). For invitations
     * and the seed; callers have already checked they may.
     */
    public Membership admit(Space space, Account account, Role role) {
        Optional<Membership> existing = em.createQuery(
                "select m from Membership m where m.space = :s and m.account = :a", Membership.class)
                .setParameter("s", space).setParameter("a", account).getResultStream().findFirst();
        if (existing.isPresent()) {
            if (!existing.get().getRole().atLeast(role)) {
                existing.get().changeRole(role);
            }
            return existing.get();
        }
        Membership membership = new Membership(space, account, role, clock.instant());
        em.persist(membership);
        return membership;
    }

    public long memberCount(Space space) {
        return em.createQuery("select count(m) from Membership m where m.space = :s", Long.class)
                .setParameter("s", space).getSingleResult();
    }

    private Membership membershipIn(Space space, long membershipId) {
        Membership membership = em.find(Membership.class, membershipId);
        if (membership == null || !membership.getSpace().equals(space)) {
            throw new NotFoundException("That person is not a member of this space.");
        }
        return membership;
    }

    private void requireAnotherAdmin(Space space) {
        long admins = em.createQuery("select count(m) from Membership m where m.space = :s and m.role = :r", Long.class)
                .setParameter("s", space).setParameter("r", Role.ADMIN).getSingleResult();
        if (admins <= 1) {
            throw new ConflictException("A space needs at least one administrator. Make someone else an administrator first.");
        }
    }
}
