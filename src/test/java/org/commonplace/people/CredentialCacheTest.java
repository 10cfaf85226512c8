package org.commonplace.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private final Instant now = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void rememberedPairIsFoundUntilItExpires() {
        CredentialCache cache = new CredentialCache();
        cache.remember("Mia", "secret password", 7L, 3, now);
        assertThat(cache.lookup("mia", "secret password", now)).contains(7L);
        assertThat(cache.lookup("mia", "secret password", now.plus(CredentialCache.TTL).plusSeconds(1))).isEmpty();
    }

    @Test
    void aDifferentPasswordOrCredentialVersionDoesNotCount() {
        CredentialCache cache = new CredentialCache();
        cache.remember("mia", "secret password", 7L, 3, now);
        assertThat(cache.lookup("mia", "other password", now)).isEmpty();
        assertThat(cache.stillValid("mia", "secret password", 3)).isTrue();
        assertThat(cache.stillValid("mia", "secret password", 4)).isFalse();
    }

    @Test
    void theCacheIsBounded() {
        CredentialCache cache = new CredentialCache();
        for (int i = 0; i < CredentialCache.MAX_ENTRIES + 50; i++) {
            cache.remember("user" + i, "pw", i, 0, now);
        }
        assertThat(cache.size()).isEqualTo(CredentialCache.MAX_ENTRIES);
    }
}
