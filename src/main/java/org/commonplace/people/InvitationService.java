package org.commonplace.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.commonplace.audit.AuditLog;
import org.commonplace.notify.Mailer;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.Settings;
import org.commonplace.shared.Tokens;
import org.commonplace.space.Action;
import org.commonplace.space.Role;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;

/** Invitations into a space: made by its administrators, accepted once by whoever holds the link. */
@ApplicationScoped
@Transactional
public class InvitationService {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 90;
    public static final int MAX_PENDING_PER_SPACE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Mailer mailer;

    @Inject
    Settings settings;

    /** The invitation and its link, which is shown to the inviter once (and mailed when there is an address). */
    public record Created(Invitation invitation, String link) {
    }

    public Created invite(Viewer viewer, String spaceSlug, String email, Role role, int days) {
        Space space = spaces.get(viewer, spaceSlug);
        access.require(viewer, space, Action.ADMINISTER);
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new InvalidInputException("days", "An invitation lasts " + MIN_DAYS + " to " + MAX_DAYS + " days.");
        }
        String address = email == null || email.isBlank() ? null : email.trim();
        if (address != null && (address.length() > Account.EMAIL_MAX || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new InvalidInputException("email", "That does not look like an e-mail address.");
        }
        if (pending(viewer, spaceSlug).size() >= MAX_PENDING_PER_SPACE) {
            throw new InvalidInputException("email", "This space has " + MAX_PENDING_PER_SPACE + " open invitations; revoke some first.");
        }
        Instant now = clock.instant();
        String token = Tokens.random(24);
        Account inviter = em.find(Account.class, viewer.accountId());
        Invitation invitation = new Invitation(space, role, address, Tokens.sha256(token), inviter, now, now.plus(Duration.ofDays(days)));
        em.persist(invitation);
        String link = settings.baseUrl() + "/invite/" + token;
        audit.record(viewer, space.getId(), "invitation.create", address == null ? "(link)" : address, role.name() + ", " + days + " days");
        if (address != null) {
            mailer.send(address, "Invitation to " + space.getName() + " on Commonplace",
                    inviter.getDisplayName() + " invites you to join \"" + space.getName() + "\" as " + role.name().toLowerCase()
                            + ".\n\nOpen this link to accept (it works once, until " + invitation.getExpiresAt() + "):\n" + link + "\n");
        }
        return new Created(invitation, link);
    }

    public List<Invitation> pending(Viewer viewer, String spaceSlug) {
        Space space = spaces.get(viewer, spaceSlug);
        access.require(viewer, space, Action.ADMINISTER);
        return em.createQuery("select i from Invitation i where i.space = :s and i.acceptedAt is null and i.revokedAt is null"
                        + " and i.expiresAt > :now order by i.createdAt desc", Invitation.class)
                .setParameter("s", space).setParameter("now", clock.instant()).getResultList();
    }

    public void revoke(Viewer viewer, String spaceSlug, long invitationId) {
        Space space = spaces.get(viewer, spaceSlug);
        access.require(viewer, space, Action.ADMINISTER);
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || !invitation.getSpace().equals(space)) {
            throw new NotFoundException("There is no such invitation.");
        }
        invitation.revoke(clock.instant());
        audit.record(viewer, space.getId(), "invitation.revoke", invitation.getEmail() == null ? "(link)" : invitation.getEmail(),
                invitation.getRole().name());
    }

    /** The invitation a token stands for, whatever its state (the invitation page explains expired ones). */
    public Invitation byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("There is no such invitation.");
        }
        return em.createQuery("select i from Invitation i join fetch i.space join fetch i.createdBy where i.tokenHash = :h", Invitation.class)
                .setParameter("h", Tokens.sha256(token)).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such invitation. Check the link, or ask for a new one."));
    }

    /** Throws unless the token is an invitation that can still be accepted. */
    public Invitation requirePending(String token) {
        Invitation invitation = byToken(token);
        invitation.requireAcceptable(clock.instant());
        return invitation;
    }

    /** Admits the account into the invitation's space with its role; the invitation is then used up. */
    public Space accept(Account account, String token) {
        Invitation invitation = byToken(token);
        invitation.accept(account, clock.instant());
        spaces.admit(invitation.getSpace(), account, invitation.getRole());
        Viewer actor = new Viewer(account.getId(), account.getUsername(), account.getDisplayName(), false, java.util.Map.of());
        audit.record(actor, invitation.getSpace().getId(), "invitation.accept", account.getUsername(), invitation.getRole().name());
        return invitation.getSpace();
    }
}
