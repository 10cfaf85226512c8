package org.commonplace.wiki.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void finalLineBreakIsAFlagNotAnExtraLine() {
        assertThat(Lines.of("a\nb\n")).isEqualTo(new Lines(java.util.List.of("a", "b"), true));
        assertThat(Lines.of("a\nb")).isEqualTo(new Lines(java.util.List.of("a", "b"), false));
    }

    @Test
    void emptyAndNullTextHaveNoLines() {
        assertThat(Lines.of("").lines()).isEmpty();
        assertThat(Lines.of(null).lines()).isEmpty();
        assertThat(Lines.of("").text()).isEmpty();
    }

    @Test
    void singleLineBreakIsOneEmptyLine() {
        assertThat(Lines.of("\n")).isEqualTo(new Lines(java.util.List.of(""), true));
        assertThat(Lines.of("\n").text()).isEqualTo("\n");
    }

    @Test
    void crlfAndLoneCrBecomeLf() {
        assertThat(Lines.normalise("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
        assertThat(Lines.of("a\r\n\r\nb").lines()).containsExactly("a", "", "b");
    }

    @Test
    void splittingAndJoiningRoundTripsNormalisedText() {
        for (String text : new String[] {"x", "x\n", "\n\n", "a\n\nb\n\n", " \n\t"}) {
            assertThat(Lines.of(text).text()).isEqualTo(text);
        }
    }
}
