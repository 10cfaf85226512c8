package org.commonplace.people;

import org.commonplace.shared.PrivateState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A failed sign-in, kept for an hour so {@link SignInThrottle} can count it (on every node alike). */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure implements PrivateState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username_key", nullable = false, length = 40)
    private String usernameKey;

    @Column(nullable = false, length = 64)
    private String address;

    @Column(name = "trusted_device", nullable = false)
    private boolean trustedDevice;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {
    }

    public SignInFailure(String usernameKey, String address, boolean trustedDevice, Instant failedAt) {
        this.usernameKey = usernameKey.length() > 40 ? usernameKey.substring(0, 40) : usernameKey;
        this.address = address.length() > 64 ? address.substring(0, 64) : address;
        this.trustedDevice = trustedDevice;
        this.failedAt = failedAt;
    }
}
