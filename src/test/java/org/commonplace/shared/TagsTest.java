package org.commonplace.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void tagsAreNormalisedAndDeduplicatedInOrder() {
        assertThat(Tags.parse(" Community  Management, moderation;COMMUNITY management\nWikis ", 5, "expertise", "Expertise"))
                .containsExactly("community management", "moderation", "wikis");
    }

    @Test
    void blankInputGivesNoTags() {
        assertThat(Tags.parse("  , ;", 3, "f", "Tags")).isEmpty();
        assertThat(Tags.parse(null, 3, "f", "Tags")).isEmpty();
    }

    @Test
    void tooManyTagsAreRefusedWithTheCount() {
        assertThatThrownBy(() -> Tags.parse("a, b, c, d", 3, "expertise", "Expertise"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 3").hasMessageContaining("there are 4");
    }

    @Test
    void longOrOddTagsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Tags.check(List.of("x".repeat(41)), 3, "tools", "Tools"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("longer than 40")
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("tools");
        assertThatThrownBy(() -> Tags.check(List.of("<script>"), 3, "tools", "Tools")).hasMessageContaining("may hold only");
    }

    @Test
    void fieldsCollapseWhitespaceAndEnforceLimits() {
        assertThat(Fields.line("  North \n of  England ", 60, true, "region", "The region")).isEqualTo("North of England");
        assertThat(Fields.line("  ", 60, false, "contact", "A contact")).isNull();
        assertThatThrownBy(() -> Fields.line(" ", 60, true, "region", "The region")).hasMessage("The region is required.");
        assertThatThrownBy(() -> Fields.text("x".repeat(11), 10, true, "lessons", "Lessons")).hasMessageContaining("at most 10");
    }
}
