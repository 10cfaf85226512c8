package org.commonplace.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.commonplace.shared.ForbiddenException;
import org.commonplace.shared.NotFoundException;
import org.commonplace.shared.Tokens;
import org.commonplace.space.Viewer;

/** Personal API tokens: created and revoked on the account page, presented as {@code Authorization: Bearer}. */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    public static final String PREFIX = "cp_";
    public static final int MAX_ACTIVE_TOKENS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    /** A new token and its secret, which is shown this once and never again. */
    public record Created(ApiToken token, String secret) {
    }

    public Created create(Viewer viewer, String name) {
        Account account = accounts.get(viewer);
        if (list(viewer).stream().filter(ApiToken::isActive).count() >= MAX_ACTIVE_TOKENS) {
            throw new ForbiddenException("You have " + MAX_ACTIVE_TOKENS + " active tokens; revoke one first.");
        }
        String secret = PREFIX + Tokens.random(32);
        ApiToken token = new ApiToken(account, name, Tokens.sha256(secret), clock.instant());
        em.persist(token);
        return new Created(token, secret);
    }

    public List<ApiToken> list(Viewer viewer) {
        return em.createQuery("select t from ApiToken t where t.account.id = :a order by t.createdAt desc", ApiToken.class)
                .setParameter("a", accounts.get(viewer).getId()).getResultList();
    }

    public void revoke(Viewer viewer, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.getAccount().getId().equals(viewer.accountId())) {
            throw new NotFoundException("There is no such token.");
        }
        token.revoke(clock.instant());
    }

    /** The account a presented token belongs to, if the token is active and the account may sign in. */
    public Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select t from ApiToken t join fetch t.account where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", Tokens.sha256(secret)).getResultStream()
                .filter(ApiToken::isActive)
                .filter(t -> t.getAccount().canSignIn())
                .findFirst()
                .map(t -> {
                    t.used(clock.instant());
                    return t.getAccount();
                });
    }
}
