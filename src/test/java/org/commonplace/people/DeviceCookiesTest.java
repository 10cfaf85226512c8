package org.commonplace.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceCookiesTest {

    private static final String SECRET = "test-secret";
    private final Instant now = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void aCookieVouchesForItsOwnUsernameOnly() {
        String cookie = DeviceCookies.issue("Mia", now, SECRET);
        assertThat(DeviceCookies.vouchesFor(cookie, "mia", now, SECRET)).isTrue();
        assertThat(DeviceCookies.vouchesFor(cookie, "otto", now, SECRET)).isFalse();
    }

    @Test
    void forgedExpiredOrForeignCookiesAreRefused() {
        String cookie = DeviceCookies.issue("mia", now, SECRET);
        assertThat(DeviceCookies.vouchesFor(cookie, "mia", now, "other-secret")).isFalse();
        assertThat(DeviceCookies.vouchesFor(cookie + "x", "mia", now, SECRET)).isFalse();
        assertThat(DeviceCookies.vouchesFor(cookie, "mia", now.plus(Duration.ofDays(181)), SECRET)).isFalse();
        assertThat(DeviceCookies.vouchesFor(null, "mia", now, SECRET)).isFalse();
        assertThat(DeviceCookies.vouchesFor("a.b", "mia", now, SECRET)).isFalse();
    }
}
