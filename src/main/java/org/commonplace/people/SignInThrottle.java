package org.commonplace.people;

import java.time.Duration;

/**
 * The throttling rule for failed sign-ins, on plain numbers so it can be reasoned about and tested alone.
 *
 * <p>Two counters over the last hour: failures for the username from browsers that have never signed in to
 * it ("untrusted"), and failures from the address. A browser that has signed in to an account before carries a
 * signed device cookie; its attempts are not held back by the per-username limit, so an attacker who burns
 * through that limit from elsewhere cannot lock the real user out (OWASP's "device cookies"). Every attempt
 * still counts against its address.
 */
public final class SignInThrottle {

    public static final Duration WINDOW = Duration.ofHours(1);
    /** Failed attempts an hour against one username from untrusted browsers (reliability bar: at most 100). */
    public static final int PER_USERNAME = 20;
    /** Failed attempts an hour from one address across all usernames. */
    public static final int PER_ADDRESS = 100;
    /** Failed attempts an hour for one username from one trusted device (a user who forgot the password). */
    public static final int PER_TRUSTED_DEVICE = 30;

    private SignInThrottle() {
    }

    /** Whether another attempt may be checked at all, given the failures counted in the window. */
    public static boolean allows(long untrustedFailuresForUsername, long failuresFromAddress,
            boolean trustedDevice, long trustedFailuresForUsername) {
        if (failuresFromAddress >= PER_ADDRESS) {
            return false;
        }
        if (trustedDevice) {
            return trustedFailuresForUsername < PER_TRUSTED_DEVICE;
        }
        return untrustedFailuresForUsername < PER_USERNAME;
    }
}
