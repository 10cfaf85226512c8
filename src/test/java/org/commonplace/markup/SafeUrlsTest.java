package org.commonplace.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org", "HTTPS://example.org/a?b=c#d", "mailto:a@example.org",
            "/s/ops/wiki/x", "x", "../up", "#h-intro", "?q=1", "//cdn.example.org/a.png", "a/b:c"})
    void acceptsHttpHttpsMailtoAndRelativeLinks(String url) {
        assertThat(SafeUrls.isSafeLinkUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "vbscript:x", "data:text/html,x",
            "java\u200Bscript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "\u0000javascript:x",
            " javascript:x", "javascript\u00AD:x", "\uFEFFjavascript:x", "\u202Ejavascript:x", "jav&#x09;ascript:x",
            "javascript&colon;x", "file:///etc/passwd", "ftp://example.org", "\\\\evil\\share", "/\\evil.example",
            "", "http://exa mple.org"})
    void refusesOtherSchemesAndAnythingInvisibleOrAmbiguous(String url) {
        assertThat(SafeUrls.isSafeLinkUrl(url)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(SafeUrls.isSafeLinkUrl(null)).isFalse();
        assertThat(SafeUrls.isSafeImageUrl(null)).isFalse();
    }

    @Test
    void imagesAllowHttpHttpsAndRelativeOnly() {
        assertThat(SafeUrls.isSafeImageUrl("https://example.org/a.png")).isTrue();
        assertThat(SafeUrls.isSafeImageUrl("/files/a.png")).isTrue();
        assertThat(SafeUrls.isSafeImageUrl("mailto:a@example.org")).isFalse();
        assertThat(SafeUrls.isSafeImageUrl("data:image/png;base64,AAAA")).isFalse();
    }

    @Test
    void externalMeansAbsoluteHttpOrSchemeRelative() {
        assertThat(SafeUrls.isExternal("http://x")).isTrue();
        assertThat(SafeUrls.isExternal("HTTPS://x")).isTrue();
        assertThat(SafeUrls.isExternal("//x")).isTrue();
        assertThat(SafeUrls.isExternal("/x")).isFalse();
        assertThat(SafeUrls.isExternal("mailto:a@b")).isFalse();
    }

    @Test
    void webAddressesAreAbsoluteHttpWithAHost() {
        assertThat(SafeUrls.isWebAddress("https://example.org/people/ada")).isTrue();
        assertThat(SafeUrls.isWebAddress("http://sub.example.org:8080/x?y#z")).isTrue();
        assertThat(SafeUrls.isWebAddress("/relative")).isFalse();
        assertThat(SafeUrls.isWebAddress("mailto:a@example.org")).isFalse();
        assertThat(SafeUrls.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(SafeUrls.isWebAddress("https://user@example.org")).isFalse();
        assertThat(SafeUrls.isWebAddress("https://")).isFalse();
        assertThat(SafeUrls.isWebAddress("https://exa mple.org")).isFalse();
        assertThat(SafeUrls.isWebAddress("https://nodot")).isFalse();
    }
}
