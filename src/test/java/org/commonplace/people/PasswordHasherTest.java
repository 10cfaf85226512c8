package org.commonplace.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void defaultHashUsesPbkdf2Sha256WithAtLeast600000Iterations() {
        String stored = new PasswordHasher().hash("correct horse battery");
        assertThat(stored).startsWith("pbkdf2-sha256$");
        assertThat(PasswordHasher.iterationsOf(stored)).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void verifiesTheRightPasswordAndRejectsOthers() {
        String stored = fast.hash("correct horse battery");
        assertThat(fast.verify("correct horse battery", stored)).isTrue();
        assertThat(fast.verify("correct horse batterz", stored)).isFalse();
        assertThat(fast.verify(null, stored)).isFalse();
        assertThat(fast.verify("x", "garbage")).isFalse();
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertThat(fast.hash("same password")).isNotEqualTo(fast.hash("same password"));
    }

    @Test
    void weakerHashesAreMarkedForRehash() {
        String weak = fast.hash("some password");
        assertThat(new PasswordHasher().needsRehash(weak)).isTrue();
        assertThat(fast.needsRehash(weak)).isFalse();
        assertThat(fast.needsRehash("not-ours")).isTrue();
    }
}
