package org.commonplace.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonplace.markup.Heading;
import org.junit.jupiter.api.Test;

class SectionsTest {

    @Test
    void splitsAtHeadingsOutsideCodeFencesAndUsesTheRenderersAnchors() {
        String md = "Preamble.\n\n## One\n\nBody one.\n\n```\n# not a heading\n```\n\n### Two #\n\nBody two.\n";
        List<Sections.Section> s = Sections.split(md, List.of(new Heading(2, "One", "h-one"), new Heading(3, "Two", "h-two")));
        assertThat(s).extracting(Sections.Section::anchor).containsExactly("", "h-one", "h-two");
        assertThat(s.get(1).body()).contains("# not a heading");
        assertThat(s.get(2).title()).isEqualTo("Two");
        assertThat(s.get(2).level()).isEqualTo(3);
        assertThat(Sections.endOfSubtree(s, 1)).isEqualTo(Sections.lines(md).size());
    }

    @Test
    void fingerprintsIgnoreTrailingSpacesAndBlankLinesButNotWords() {
        assertThat(Sections.fingerprint("a  \n\n\nb\n")).isEqualTo(Sections.fingerprint("a\nb"));
        assertThat(Sections.fingerprint("a\nb")).isNotEqualTo(Sections.fingerprint("a\nc"));
    }
}
