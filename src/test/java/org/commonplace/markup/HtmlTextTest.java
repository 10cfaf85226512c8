package org.commonplace.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void markupCharactersBecomeEntitiesAndTextStaysText() {
        assertThat(HtmlText.escape("Off topic & rude <b onclick=\"x\">'hi'</b>"))
                .isEqualTo("Off topic &amp; rude &lt;b onclick=&quot;x&quot;&gt;&#39;hi&#39;&lt;/b&gt;");
        assertThat(HtmlText.escape(null)).isEmpty();
        assertThat(HtmlText.escape("plain")).isEqualTo("plain");
    }
}
