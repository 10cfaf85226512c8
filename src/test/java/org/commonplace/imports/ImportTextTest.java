package org.commonplace.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonplace.markup.MarkupRenderer;
import org.junit.jupiter.api.Test;

class ImportTextTest {

    private static String html(String markdown) {
        return new MarkupRenderer().render(markdown).html();
    }

    @Test
    void plainMailTextKeepsItsCharactersAndLineBreaks() {
        String text = "# not a heading\n*not emphasis* and 2 * 3\n1. not a list\n- nor this\n\nNew paragraph <b>not bold</b>";
        String md = ImportText.plain(text);
        String rendered = html(md);
        assertThat(rendered).doesNotContain("<h1").doesNotContain("<em>").doesNotContain("<ol").doesNotContain("<ul").doesNotContain("<b>");
        assertThat(rendered).contains("# not a heading<br />").contains("*not emphasis* and 2 * 3").contains("&lt;b&gt;not bold&lt;/b&gt;");
        assertThat(rendered).contains("<p>New paragraph");
    }

    @Test
    void indentedMailLinesDoNotBecomeCodeBlocks() {
        assertThat(html(ImportText.plain("Intro\n\n    indented line"))).doesNotContain("<pre");
    }

    @Test
    void quotedTextBecomesABlockQuote() {
        String md = ImportText.quoted("> earlier\n> words");
        assertThat(html(md)).contains("<blockquote>").contains("earlier").contains("words");
    }

    @Test
    void htmlIsConvertedTagByTag() {
        String md = ImportText.html("<h2>Plan</h2><p>Be <b>bold</b> &amp; <em>kind</em>.<br>Next line</p>"
                + "<ul><li>one</li><li>two <a href=\"https://example.org/x_y\">link</a></li></ul><ol><li>first</li></ol>"
                + "<blockquote><p>quoted</p></blockquote><img src=\"http://example.org/i.png\" alt=\"pic\">");
        assertThat(md).contains("## Plan").contains("Be **bold** & *kind*.\\\nNext line").contains("- one").contains("- two [link](https://example.org/x_y)")
                .contains("1. first").contains("> quoted").contains("![pic](http://example.org/i.png)");
    }

    @Test
    void scriptsStylesAndUnsafeUrlsDisappearAndEmbedsBecomeLinks() {
        String md = ImportText.html("<script>alert(1)</script><style>p{}</style><p onclick=\"x()\">Hi "
                + "<a href=\"javascript:alert(1)\">there</a></p><iframe src=\"//www.youtube.com/embed/abc\"></iframe>"
                + "<img src=\"data:image/png;base64,AAAA\">");
        assertThat(md).doesNotContain("alert").doesNotContain("p{}").doesNotContain("javascript").doesNotContain("onclick")
                .doesNotContain("data:");
        assertThat(md).contains("Hi there").contains("<https://www.youtube.com/embed/abc>");
        assertThat(html(md)).doesNotContain("<script").doesNotContain("<iframe");
    }

    @Test
    void markdownCharactersInHtmlTextStayCharacters() {
        assertThat(html(ImportText.html("<p># *x* [y](z)</p>"))).contains("# *x* [y](z)").doesNotContain("<em>").doesNotContain("<a ");
    }

    @Test
    void emptyAndBrokenHtmlGiveText() {
        assertThat(ImportText.html(null)).isEmpty();
        assertThat(ImportText.html("<p>unclosed <b>bold")).contains("unclosed **bold");
        assertThat(ImportText.html("<<<>>>&&&")).isNotNull();
    }

    @Test
    void userNamesAreMadeValid() {
        assertThat(ImportWriter.usernameFrom("Martin H.")).isEqualTo("Martin-H.");
        assertThat(ImportWriter.usernameFrom("José Ñúñez")).isEqualTo("Jose-Nunez");
        assertThat(ImportWriter.usernameFrom("__x")).startsWith("user-");
        assertThat(ImportWriter.usernameFrom("a".repeat(100))).hasSize(40);
        assertThat(ImportWriter.usernameFrom("李")).startsWith("user-");
    }
}
