package org.commonplace.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.commonplace.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static Account account() {
        return new Account("zed", "Zed", null, AccountStatus.ACTIVE, NOW);
    }

    @Test
    void aProfileKeepsTagsLinksAndConsultingTerms() {
        Account a = account();
        a.updateProfile(" Org ", List.of("Wikis", "moderation", "wikis"), "Hello *there*", List.of(" https://example.org/zed ", ""), true, "ask me", NOW);
        assertThat(a.getOrganisation()).isEqualTo("Org");
        assertThat(a.getExpertise()).containsExactlyInAnyOrder("wikis", "moderation");
        assertThat(a.getLinks()).containsExactly("https://example.org/zed");
        assertThat(a.getConsultingTerms()).isEqualTo("ask me");
        assertThat(a.hasProfile()).isTrue();
    }

    @Test
    void termsAreDroppedWhenNotConsulting() {
        Account a = account();
        a.updateProfile(null, List.of(), null, List.of(), false, "ignored", NOW);
        assertThat(a.getConsultingTerms()).isNull();
        assertThat(a.hasProfile()).isFalse();
    }

    @Test
    void limitsGiveClearErrorsNamingTheField() {
        Account a = account();
        assertThatThrownBy(() -> a.updateProfile(null, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"), null, List.of(), false, null, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 10");
        assertThatThrownBy(() -> a.updateProfile(null, List.of(), null, List.of("javascript:alert(1)"), false, null, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a web address")
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("links");
        assertThatThrownBy(() -> a.updateProfile(null, List.of(), null,
                List.of("https://a.example.org/1", "https://a.example.org/2", "https://a.example.org/3", "https://a.example.org/4",
                        "https://a.example.org/5", "https://a.example.org/6"), false, null, NOW))
                .hasMessageContaining("At most 5 links");
        assertThatThrownBy(() -> a.updateProfile(null, List.of(), "x".repeat(Account.BIO_MAX + 1), List.of(), false, null, NOW))
                .hasMessageContaining("at most " + Account.BIO_MAX);
        assertThatThrownBy(() -> a.updateProfile(null, List.of(), null, List.of("https://example.org/" + "x".repeat(200)), false, null, NOW))
                .hasMessageContaining("at most " + Account.LINK_MAX);
    }
}
