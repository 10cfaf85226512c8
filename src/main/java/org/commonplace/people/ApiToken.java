package org.commonplace.people;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.commonplace.shared.InvalidInputException;

/** A bearer token for the REST API. Only its SHA-256 is stored; the secret is shown once, at creation. */
@Entity
@Table(name = "api_token")
public class ApiToken implements PrivateState {

    public static final int NAME_MAX = 80;
    /** How often "last used" is written, so busy scripts do not turn every call into a database write. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(Account account, String name, String tokenHash, Instant createdAt) {
        this.account = Objects.requireNonNull(account, "account is required");
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            throw new InvalidInputException("name", "Give the token a name of 1 to " + NAME_MAX + " characters, e.g. what script uses it.");
        }
        this.name = n;
        this.tokenHash = Objects.requireNonNull(tokenHash, "token hash is required");
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
    }

    public void used(Instant at) {
        if (lastUsedAt == null || Duration.between(lastUsedAt, at).compareTo(LAST_USED_RESOLUTION) > 0) {
            lastUsedAt = at;
        }
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
