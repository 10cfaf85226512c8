package org.commonplace.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.owasp.html.PolicyFactory;

class HtmlSanitizerTest {

    private static String clean(String html) {
        return HtmlSanitizer.sanitize(html);
    }

    @Test
    void keepsTheStructureTheRendererEmits() {
        String html = "<h2 id=\"h-intro\">Intro</h2><p><em>a</em> <strong>b</strong> <del>c</del> <s>d</s> "
                + "<code>e</code><br /></p><hr /><blockquote><p>q</p></blockquote>"
                + "<ol start=\"3\"><li>x</li></ol><ul><li>y</li></ul><pre><code class=\"language-sql\">select</code></pre>";
        assertThat(clean(html)).isEqualTo(html);
    }

    @Test
    void dropsScriptElementsWithTheirContent() {
        assertThat(clean("<p>a<script>alert(1)</script>b</p>")).isEqualTo("<p>ab</p>");
    }

    @Test
    void dropsEventHandlersAndStyle() {
        assertThat(clean("<p onclick=\"x()\" style=\"color:red\">t</p>")).isEqualTo("<p>t</p>");
    }

    @Test
    void dropsStyleElementsIframesObjectsSvgAndMath() {
        assertThat(clean("<style>p{}</style><iframe src=\"/x\"></iframe><object></object><embed src=\"/x\">"
                + "<svg><circle /></svg><math><mi>x</mi></math>ok")).isEqualTo("xok");
    }

    @Test
    void dropsHeadingIdsThatAreNotAnchors() {
        assertThat(clean("<h1 id=\"p42\">t</h1>")).isEqualTo("<h1>t</h1>");
    }

    @Test
    void dropsJavascriptHrefButKeepsTheText() {
        assertThat(clean("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("x");
    }

    @Test
    void dropsSchemesHiddenByEntitiesControlAndInvisibleCharacters() {
        for (String href : new String[] {"jav&#x09;ascript:alert(1)", "jav&#10;ascript:alert(1)",
                "java\u200Bscript:alert(1)", "\u0000javascript:alert(1)", "&#106;avascript:alert(1)",
                "javascript&colon;alert(1)", "\u202Ejavascript:alert(1)", "vbscript:x", "data:text/html,x"}) {
            assertThat(clean("<a href=\"" + href + "\">x</a>")).as(href).isEqualTo("x");
        }
    }

    @Test
    void externalLinksGetNofollowNoopenerUgcWhateverRelWasGiven() {
        assertThat(clean("<a href=\"https://example.org\" rel=\"opener\">x</a>"))
                .isEqualTo("<a href=\"https://example.org\" rel=\"nofollow noopener ugc\">x</a>");
        assertThat(clean("<a href=\"//example.org\">x</a>")).contains("rel=\"nofollow noopener ugc\"");
    }

    @Test
    void newWikiLinksKeepNofollowAndOthersLoseRel() {
        assertThat(clean("<a href=\"/w/x/edit\" class=\"wikilink new\" rel=\"nofollow\">x</a>"))
                .isEqualTo("<a href=\"/w/x/edit\" class=\"wikilink new\" rel=\"nofollow\">x</a>");
        assertThat(clean("<a href=\"/w/x\" class=\"wikilink\" rel=\"nofollow\">x</a>"))
                .isEqualTo("<a href=\"/w/x\" class=\"wikilink\">x</a>");
    }

    @Test
    void linkClassesAreLimitedToWikilinks() {
        assertThat(clean("<a href=\"/x\" class=\"button danger\">x</a>")).isEqualTo("<a href=\"/x\">x</a>");
    }

    @Test
    void mailtoIsAllowedForLinksButNotForImages() {
        assertThat(clean("<a href=\"mailto:a@example.org\">m</a>")).contains("href=\"mailto:a&#64;example.org\"");
        assertThat(clean("<img src=\"mailto:a@example.org\" alt=\"i\" />")).doesNotContain("src");
    }

    @Test
    void imagesKeepOnlySafeSources() {
        assertThat(clean("<img src=\"https://example.org/a.png\" alt=\"a\" />"))
                .isEqualTo("<img src=\"https://example.org/a.png\" alt=\"a\" />");
        assertThat(clean("<img src=\"data:image/png;base64,AAAA\" alt=\"a\" />")).doesNotContain("src=");
    }

    @Test
    void checkboxesAreAlwaysDisabledAndOtherInputsDropped() {
        assertThat(clean("<input type=\"checkbox\" checked=\"\" />")).isEqualTo(
                "<input type=\"checkbox\" disabled=\"disabled\" checked=\"checked\" />");
        assertThat(clean("<input type=\"text\" value=\"x\" />")).isEmpty();
        assertThat(clean("<input />")).isEmpty();
    }

    @Test
    void spanAndDivClassesComeFromTheAllowList() {
        assertThat(clean("<span class=\"wikilink-missing\">x</span>")).isEqualTo("<span class=\"wikilink-missing\">x</span>");
        assertThat(clean("<div class=\"toc\">x</div>")).isEqualTo("<div class=\"toc\">x</div>");
        assertThat(clean("<span class=\"wikilink-missing fixed-overlay\">x</span>")).isEqualTo("x");
    }

    @Test
    void tableCellsKeepOnlyKnownAlignments() {
        assertThat(clean("<table><tbody><tr><td align=\"center\">a</td><td align=\"justify\">b</td></tr></tbody></table>"))
                .isEqualTo("<table><tbody><tr><td align=\"center\">a</td><td>b</td></tr></tbody></table>");
    }

    @Test
    void nullAndEmptyGiveEmpty() {
        assertThat(clean(null)).isEmpty();
        assertThat(clean("")).isEmpty();
    }

    /** The pom excludes Guava from the sanitizer; prove no class of the sanitizer links to it. */
    @Test
    void sanitizerJarDoesNotReferenceGuava() throws IOException {
        String jar = PolicyFactory.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        int classes = 0;
        try (ZipFile zip = new ZipFile(jar)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                classes++;
                try (InputStream in = zip.getInputStream(entry)) {
                    String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    assertThat(bytes).as(entry.getName()).doesNotContain("com/google/common");
                }
            }
        }
        assertThat(classes).isGreaterThan(50);
    }
}
