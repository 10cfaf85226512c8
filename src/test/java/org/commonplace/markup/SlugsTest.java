package org.commonplace.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hello World|hello-world",
            "  Café  crème brûlée |cafe-creme-brulee",
            "Straße|strasse",
            "Ærø Łódź|aero-lodz",
            "C++ & Java!|c-java",
            "--a--b--|a-b",
            "Version 2.0|version-2-0",
            "ﬁne|fine",
            "Ünïcödé|unicode"})
    void foldsAccentsAndJoinsWordsWithSingleDashes(String title, String slug) {
        assertThat(Slugs.slugify(title)).isEqualTo(slug);
    }

    @Test
    void neverEmpty() {
        assertThat(Slugs.slugify("")).isEqualTo("page");
        assertThat(Slugs.slugify(null)).isEqualTo("page");
        assertThat(Slugs.slugify("日本語")).isEqualTo("page");
        assertThat(Slugs.slugify("!!!", "section")).isEqualTo("section");
    }

    @Test
    void atMost120CharactersAndNoTrailingDash() {
        String slug = Slugs.slugify("word ".repeat(100));
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-").startsWith("word-word");
        assertThat(Slugs.slugify("a".repeat(500))).hasSize(Slugs.MAX_LENGTH);
    }

    @Test
    void onlyLowerCaseAsciiLettersDigitsAndDashes() {
        assertThat(Slugs.slugify("Ἀθῆναι – Αθήνα · München <script>"))
                .matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
