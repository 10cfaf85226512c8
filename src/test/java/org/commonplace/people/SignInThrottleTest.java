package org.commonplace.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    @Test
    void untrustedAttemptsStopAtThePerUsernameLimit() {
        assertThat(SignInThrottle.allows(SignInThrottle.PER_USERNAME - 1, 0, false, 0)).isTrue();
        assertThat(SignInThrottle.allows(SignInThrottle.PER_USERNAME, 0, false, 0)).isFalse();
    }

    @Test
    void anAttackerBurningTheUsernameLimitDoesNotLockOutTheOwnersTrustedBrowser() {
        long attackerFailures = 10_000;
        assertThat(SignInThrottle.allows(attackerFailures, 0, true, 0)).isTrue();
    }

    @Test
    void aTrustedDeviceHasItsOwnLimit() {
        assertThat(SignInThrottle.allows(0, 0, true, SignInThrottle.PER_TRUSTED_DEVICE)).isFalse();
    }

    @Test
    void anAddressIsLimitedAcrossAllUsernames() {
        assertThat(SignInThrottle.allows(0, SignInThrottle.PER_ADDRESS, true, 0)).isFalse();
        assertThat(SignInThrottle.allows(0, SignInThrottle.PER_ADDRESS, false, 0)).isFalse();
    }

    @Test
    void limitsStayWithinTheReliabilityBarOfAHundredAnHourPerAccount() {
        assertThat(SignInThrottle.PER_USERNAME + SignInThrottle.PER_TRUSTED_DEVICE).isLessThanOrEqualTo(100);
    }
}
