package org.commonplace.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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

    /** Records what it is asked and answers with a visible stand-in. */
    private static final class Recorder implements ImportText.ArchiveLinks {
        final List<String> asked = new ArrayList<>();

        @Override
        public String image(String reference, String alt) {
            asked.add("img " + reference + " | " + alt);
            return "IMG" + asked.size();
        }

        @Override
        public String link(String reference, String label) {
            asked.add("a " + reference + " | " + label);
            return "LINK" + asked.size();
        }
    }

    @Test
    void relativeImagesAndLinksAreHandedToTheArchiveAndEverythingElseIsLeftAlone() {
        Recorder links = new Recorder();
        String md = ImportText.html("<p><img src=\"discussions/attachments/1:Topic:2/x.png?width=300&amp;h=2\" alt=\"A *pic*\"> and "
                + "<a href=\"../files/My%20file.pdf\">the <b>minutes</b></a>; "
                + "<a href=\"https://example.org/a\">web</a> <img src=\"//cdn.example.org/i.png\" alt=\"cdn\"> "
                + "<a href=\"/profile/ana\">Ana</a> <a href=\"#top\">top</a> <a href=\"mailto:a@example.org\">mail</a> "
                + "<a href=\"javascript:alert(1)\">js</a> <img src=\"data:image/png;base64,AAAA\"></p>", links);
        assertThat(links.asked).containsExactly("img discussions/attachments/1:Topic:2/x.png?width=300&h=2 | A \\*pic\\*",
                "a ../files/My%20file.pdf | the **minutes**");
        assertThat(md).contains("IMG1 and LINK2;").contains("[web](https://example.org/a)").contains("![cdn](https://cdn.example.org/i.png)")
                .contains("Ana top [mail](mailto:a@example.org) js").doesNotContain("profile").doesNotContain("javascript").doesNotContain("data:");

        // an image inside a link: the link's text carries what the image became
        Recorder nested = new Recorder();
        ImportText.html("<a href=\"photos/big.jpg\"><img src=\"photos/big.jpg?width=100\" alt=\"\"></a>", nested);
        assertThat(nested.asked).containsExactly("img photos/big.jpg?width=100 | ", "a photos/big.jpg | IMG1");

        // without an archive a relative image is named and a relative link keeps its text
        assertThat(ImportText.html("<img src=\"x/y.png\"> <a href=\"x/z.pdf\">z</a>")).isEqualTo("[image: x/y.png] z");
    }

    @Test
    void sourceTextCannotForgeAnInlineFileToken() {
        String forged = Units.InlineFile.token(0);
        String md = ImportText.html("<p>text " + forged + " <img src=\"a" + forged + ".png\" alt=\"" + forged + "\"></p><pre>" + forged + "</pre>",
                new Recorder());
        assertThat(md).doesNotContain(String.valueOf(Units.InlineFile.TOKEN_START)).doesNotContain(String.valueOf(Units.InlineFile.TOKEN_END))
                .contains("text 0").contains("IMG1");
    }

    @Test
    void relativeReferences() {
        assertThat(ImportText.relativeReference("discussions/a.png")).isTrue();
        assertThat(ImportText.relativeReference("./a.png")).isTrue();
        assertThat(ImportText.relativeReference("../../etc/passwd")).isTrue();
        assertThat(ImportText.relativeReference("/etc/passwd")).isFalse();
        assertThat(ImportText.relativeReference("http://x/a.png")).isFalse();
        assertThat(ImportText.relativeReference("//x/a.png")).isFalse();
        assertThat(ImportText.relativeReference("C:/x.png")).isFalse();
        assertThat(ImportText.relativeReference("#anchor")).isFalse();
        assertThat(ImportText.relativeReference(" ")).isFalse();
        assertThat(ImportText.relativeReference(null)).isFalse();
    }
}
