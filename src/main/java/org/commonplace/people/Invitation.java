package org.commonplace.people;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonplace.shared.BaseEntity;
import org.commonplace.shared.ConflictException;
import org.commonplace.space.Role;
import org.commonplace.space.Space;

/**
 * An invitation into a space with a role: sent to an e-mail address or handed out as a link. Single use,
 * revocable, expiring. Only the SHA-256 of its token is stored.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends BaseEntity implements PrivateState {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private Space space;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(length = Account.EMAIL_MAX)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_by")
    private Account acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {
    }

    public Invitation(Space space, Role role, String email, String tokenHash, Account createdBy, Instant createdAt, Instant expiresAt) {
        this.space = Objects.requireNonNull(space, "space is required");
        this.role = Objects.requireNonNull(role, "role is required");
        this.email = email;
        this.tokenHash = Objects.requireNonNull(tokenHash, "token hash is required");
        this.createdBy = Objects.requireNonNull(createdBy, "inviter is required");
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiry is required");
    }

    public enum State { PENDING, ACCEPTED, REVOKED, EXPIRED }

    public State state(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.PENDING : State.EXPIRED;
    }

    /** Throws, saying why in words, unless the invitation can still be accepted. */
    public void requireAcceptable(Instant at) {
        switch (state(at)) {
            case ACCEPTED -> throw new ConflictException("This invitation has already been used.");
            case REVOKED -> throw new ConflictException("This invitation was withdrawn.");
            case EXPIRED -> throw new ConflictException("This invitation has expired. Ask for a new one.");
            case PENDING -> { }
        }
    }

    public void accept(Account by, Instant at) {
        requireAcceptable(at);
        acceptedBy = Objects.requireNonNull(by, "account is required");
        acceptedAt = at;
    }

    public void revoke(Instant at) {
        if (state(at) == State.PENDING) {
            revokedAt = at;
        }
    }

    public Space getSpace() {
        return space;
    }

    public Role getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Account getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
