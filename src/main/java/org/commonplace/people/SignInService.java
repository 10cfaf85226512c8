package org.commonplace.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.commonplace.shared.SiteSettings;

/**
 * Checks a username and password: throttled, constant in its answer (unknown user and wrong password are
 * the same failure, and take the same time), and upgrading old hashes on success.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    public enum Outcome { SUCCESS, FAILED, THROTTLED }

    public record Result(Outcome outcome, Account account) {
        static Result failed() {
            return new Result(Outcome.FAILED, null);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    SiteSettings siteSettings;

    @Inject
    CredentialCache credentialCache;

    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * @param address the client's address, for the per-address limit
     * @param deviceCookie the {@link DeviceCookies} value the browser sent, or null
     */
    public Result signIn(String username, String password, String address, String deviceCookie) {
        Instant now = clock.instant();
        String key = Account.key(username);
        if (key.isEmpty() || key.length() > Account.USERNAME_MAX || password == null || password.length() > PasswordHasher.MAX_PASSWORD) {
            return Result.failed();
        }
        boolean trusted = DeviceCookies.vouchesFor(deviceCookie, username, now, siteSettings.signingSecret());
        Instant since = now.minus(SignInThrottle.WINDOW);
        if (!SignInThrottle.allows(countForUser(key, false, since), countForAddress(address, since), trusted, countForUser(key, true, since))) {
            LOG.fine(() -> "sign-in throttled for " + key + " from " + address);
            return new Result(Outcome.THROTTLED, null);
        }
        Optional<Account> found = accounts.findByUsername(key).filter(Account::canSignIn);
        if (found.isEmpty()) {
            hasher.burnEquivalentTime(password);
            recordFailure(key, address, trusted, now);
            return Result.failed();
        }
        Account account = found.get();
        if (!hasher.verify(password, account.getPasswordHash())) {
            recordFailure(key, address, trusted, now);
            return Result.failed();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.upgradePasswordHash(hasher.hash(password));
        }
        return new Result(Outcome.SUCCESS, account);
    }

    /**
     * For HTTP Basic: the same check, but a pair verified in the last few minutes is accepted from the
     * {@link CredentialCache} without hashing again (as long as the password has not changed since).
     */
    public Result signInForApi(String username, String password, String address) {
        Instant now = clock.instant();
        if (username == null || password == null) {
            return Result.failed();
        }
        Optional<Long> cached = credentialCache.lookup(username, password, now);
        if (cached.isPresent()) {
            Account account = em.find(Account.class, cached.get());
            if (account != null && account.canSignIn() && credentialCache.stillValid(username, password, account.getCredentialVersion())) {
                return new Result(Outcome.SUCCESS, account);
            }
            credentialCache.forget(username, password);
        }
        Result result = signIn(username, password, address, null);
        if (result.outcome() == Outcome.SUCCESS) {
            credentialCache.remember(username, password, result.account().getId(), result.account().getCredentialVersion(), now);
        }
        return result;
    }

    /** A signed cookie that lets this browser past the per-username limit next time. */
    public String deviceCookieFor(String username) {
        return DeviceCookies.issue(username, clock.instant(), siteSettings.signingSecret());
    }

    private long countForUser(String key, boolean trusted, Instant since) {
        return em.createQuery("select count(f) from SignInFailure f where f.usernameKey = :k and f.trustedDevice = :t and f.failedAt > :since", Long.class)
                .setParameter("k", key).setParameter("t", trusted).setParameter("since", since).getSingleResult();
    }

    private long countForAddress(String address, Instant since) {
        return em.createQuery("select count(f) from SignInFailure f where f.address = :a and f.failedAt > :since", Long.class)
                .setParameter("a", address).setParameter("since", since).getSingleResult();
    }

    private void recordFailure(String key, String address, boolean trusted, Instant now) {
        em.persist(new SignInFailure(key, address, trusted, now));
        em.createQuery("delete from SignInFailure f where f.failedAt < :old")
                .setParameter("old", now.minus(SignInThrottle.WINDOW).minus(SignInThrottle.WINDOW)).executeUpdate();
    }
}
