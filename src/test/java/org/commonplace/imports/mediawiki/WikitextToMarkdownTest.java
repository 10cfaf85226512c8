package org.commonplace.imports.mediawiki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WikitextToMarkdownTest {

    private static String md(String wikitext) {
        return WikitextToMarkdown.convert(wikitext);
    }

    @Test
    void headings() {
        assertThat(md("== Intro ==\n=== Sub ===")).isEqualTo("## Intro\n### Sub");
    }

    @Test
    void boldAndItalic() {
        assertThat(md("'''bold''' and ''it'' and '''''both'''''")).isEqualTo("**bold** and *it* and ***both***");
    }

    @Test
    void internalLinksStayWikiLinks() {
        assertThat(md("See [[Main Page|home]] and [[Help]].")).isEqualTo("See [[Main Page|home]] and [[Help]].");
    }

    @Test
    void externalLinks() {
        assertThat(md("[http://example.org Example site] and [https://x.org]"))
                .isEqualTo("[Example site](http://example.org) and <https://x.org>");
    }

    @Test
    void lists() {
        assertThat(md("* a\n** b\n# one\n## two\n*# mixed")).isEqualTo("- a\n  - b\n1. one\n   1. two\n  1. mixed");
    }

    @Test
    void simpleTable() {
        String wiki = "{| class=\"wikitable\"\n|+ Caption\n! A !! B\n|-\n| 1 || 2\n|-\n| style=\"x\" | '''3''' || [[P|q]]\n|}";
        assertThat(md(wiki)).isEqualTo("*Caption*\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n| **3** | [[P\\|q]] |");
    }

    @Test
    void nowikiIsLiteral() {
        assertThat(md("<nowiki>'''not bold''' [[x]]</nowiki> '''bold'''"))
                .isEqualTo("'''not bold''' \\[\\[x\\]\\] **bold**");
    }

    @Test
    void templatesAreKeptAsCode() {
        assertThat(md("Hi {{Welcome|name={{PAGENAME}}}} there")).isEqualTo("Hi `{{Welcome|name={{PAGENAME}}}}` there");
        assertThat(md("{{Infobox\n|a=1\n}}")).isEqualTo("\n```\n{{Infobox\n|a=1\n}}\n```\n");
    }

    @Test
    void commonsSampleConvertsWithoutLosingText() {
        String wiki = "It is '''unnecessary''' to get a\n[[Category:Workaround templates|{{PAGENAME}}]]";
        assertThat(md(wiki)).isEqualTo("It is **unnecessary** to get a\n[[Category:Workaround templates|`{{PAGENAME}}`]]");
    }

    @Test
    void nullAndEmpty() {
        assertThat(md(null)).isEmpty();
        assertThat(md("")).isEmpty();
    }
}
