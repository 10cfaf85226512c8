package org.commonplace.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.commonplace.people.Account;

/** Builds the {@link Viewer} for an account: its site-admin flag and its role in every space it belongs to. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Viewers {

    @PersistenceContext
    EntityManager em;

    public Viewer of(Account account) {
        Map<Long, Role> roles = new HashMap<>();
        em.createQuery("select m.space.id, m.role from Membership m where m.account.id = :a", Object[].class)
                .setParameter("a", account.getId())
                .getResultList()
                .forEach(row -> roles.put((Long) row[0], (Role) row[1]));
        return new Viewer(account.getId(), account.getUsername(), account.getDisplayName(), account.isSiteAdmin(), roles);
    }

    /** The viewer for a username, if such an account exists and may sign in. */
    public Optional<Viewer> byUsername(String username) {
        return em.createQuery("select a from Account a where a.usernameKey = :k", Account.class)
                .setParameter("k", Account.key(username))
                .getResultStream()
                .filter(Account::canSignIn)
                .findFirst()
                .map(this::of);
    }
}
