package org.commonplace.space;

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
import org.commonplace.people.Account;
import org.commonplace.shared.BaseEntity;

/** An account's role in one space. */
@Entity
@Table(name = "membership")
public class Membership extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private Space space;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Membership() {
    }

    public Membership(Space space, Account account, Role role, Instant createdAt) {
        this.space = Objects.requireNonNull(space, "space is required");
        this.account = Objects.requireNonNull(account, "account is required");
        this.role = Objects.requireNonNull(role, "role is required");
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
    }

    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole, "role is required");
    }

    public Space getSpace() {
        return space;
    }

    public Account getAccount() {
        return account;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
