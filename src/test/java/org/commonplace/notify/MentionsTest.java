package org.commonplace.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which {@code @username} tokens of a post's Markdown count as mentions. */
class MentionsTest {

    @Test
    void findsMentionsInProseInLookupFormOnce() {
        assertThat(Mentions.in("Thanks @Ada and @mia, and again @ada.")).containsExactly("ada", "mia");
    }

    @Test
    void ignoresCodeSpansFencedBlocksAndEmailAddresses() {
        String markdown = "Use `@Inject` here, write to mo@example.org\n```java\n@Override @otto\n```\n~~~\n@edith\n~~~\nbut ask @mia";
        assertThat(Mentions.in(markdown)).containsExactly("mia");
    }

    @Test
    void needsAtLeastTwoCharactersAndCapsTheCount() {
        assertThat(Mentions.in("@a @@ada")).isEmpty();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < Mentions.MAX_PER_POST + 10; i++) {
            many.append("@user").append(i).append(' ');
        }
        assertThat(Mentions.in(many.toString())).hasSize(Mentions.MAX_PER_POST);
    }
}
