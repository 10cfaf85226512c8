package org.commonplace.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a username/password pair was verified, so HTTP Basic API calls do not
 * each pay the deliberate cost of PBKDF2. The key is an HMAC of the pair under a random per-node secret —
 * never the password. An entry counts only while the account's credential version is unchanged, so a
 * password change or suspension ends it on every node. Node-local by design: losing it costs one hash.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final byte[] nodeSecret = new byte[32];
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public CredentialCache() {
        new SecureRandom().nextBytes(nodeSecret);
    }

    record Entry(long accountId, int credentialVersion, Instant expiresAt) {
    }

    /** The account id whose credentials these were, if verified recently with the given credential version. */
    public synchronized Optional<Long> lookup(String username, String password, Instant now) {
        Entry e = entries.get(key(username, password));
        if (e == null || now.isAfter(e.expiresAt)) {
            return Optional.empty();
        }
        return Optional.of(e.accountId);
    }

    /** Whether a cached entry is still valid for the account's current credential version. */
    public synchronized boolean stillValid(String username, String password, int currentCredentialVersion) {
        Entry e = entries.get(key(username, password));
        return e != null && e.credentialVersion == currentCredentialVersion;
    }

    public synchronized void remember(String username, String password, long accountId, int credentialVersion, Instant now) {
        entries.put(key(username, password), new Entry(accountId, credentialVersion, now.plus(TTL)));
    }

    public synchronized void forget(String username, String password) {
        entries.remove(key(username, password));
    }

    synchronized int size() {
        return entries.size();
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nodeSecret, "HmacSHA256"));
            mac.update(Account.key(username).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
