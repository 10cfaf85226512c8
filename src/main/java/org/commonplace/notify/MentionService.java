package org.commonplace.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.commonplace.people.Account;
import org.commonplace.people.AccountStatus;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.space.Action;
import org.commonplace.space.Space;
import org.commonplace.space.SpaceAccess;
import org.commonplace.space.SpaceService;
import org.commonplace.space.Viewer;
import org.commonplace.space.Viewers;
import org.commonplace.space.Visibility;

/**
 * Autocomplete for {@code @mentions} while writing in a space: only people who may see the space are offered
 * (in an invite-only space its members and site admins), so the list never suggests someone a mention would
 * not reach, and never lists accounts to someone who may not see the space at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MentionService {

    public static final int MAX_SUGGESTIONS = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    SpaceService spaces;

    @Inject
    SpaceAccess access;

    @Inject
    Viewers viewers;

    /** Up to {@link #MAX_SUGGESTIONS} accounts whose username starts with {@code prefix} (any case, a leading @ ignored). */
    public List<MentionSuggestion> suggest(Viewer viewer, String spaceSlug, String prefix) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("Sign in to mention people.");
        }
        Space space = spaces.get(viewer, spaceSlug);
        String p = prefix == null ? "" : prefix.strip();
        if (p.startsWith("@")) {
            p = p.substring(1);
        }
        if (p.length() > Account.USERNAME_MAX || !p.matches("[A-Za-z0-9_.-]*")) {
            return List.of();
        }
        String like = Account.key(p).replace("!", "!!").replace("_", "!_").replace("%", "!%") + "%";
        String membersOnly = space.getVisibility() == Visibility.INVITE_ONLY
                ? " and (a.siteAdmin = true or exists (select m from Membership m where m.space = :s and m.account = a))" : "";
        var query = em.createQuery("select a from Account a where a.usernameKey like :p escape '!' and a.status = :active"
                + membersOnly + " order by a.usernameKey", Account.class)
                .setParameter("p", like).setParameter("active", AccountStatus.ACTIVE).setMaxResults(MAX_SUGGESTIONS);
        if (!membersOnly.isEmpty()) {
            query.setParameter("s", space);
        }
        return query.getResultList().stream()
                .filter(a -> access.may(viewers.of(a), space, Action.SEE))
                .map(a -> new MentionSuggestion(a.getUsername(), a.getDisplayName()))
                .toList();
    }
}
