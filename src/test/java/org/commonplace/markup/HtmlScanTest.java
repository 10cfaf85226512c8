package org.commonplace.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The XSS corpus is only as good as its detector: check that it sees what it must. */
class HtmlScanTest {

    @ParameterizedTest
    @ValueSource(strings = {"<script>x</script>", "<img src=x onerror=alert(1)>", "<p onclick='x'>",
            "<a href=\"javascript:x\">", "<a href=\"jav&#x09;ascript:x\">", "<a href='&#106;avascript:x'>",
            "<a href=\"java\u200Bscript:x\">", "<img src=\"data:image/svg+xml,x\">", "<a href=vbscript:x>",
            "<p style=\"color:red\">", "<iframe>", "<svg>", "<math>", "<object>", "<embed>", "<marquee>"})
    void flagsUnsafeHtml(String html) {
        assertThat(HtmlScan.problems(html)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>javascript:alert(1) as text</p>", "<a href=\"/x\" class=\"wikilink\">x</a>",
            "<p>a &lt;script&gt; onerror&#61;x</p>", "<img src=\"https://example.org/a.png\" alt=\"a\" />"})
    void passesSafeHtml(String html) {
        assertThat(HtmlScan.problems(html)).isEmpty();
    }
}
