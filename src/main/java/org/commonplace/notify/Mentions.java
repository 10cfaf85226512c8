package org.commonplace.notify;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.people.Account;

/**
 * Finds the {@code @username} mentions in a post's Markdown. Code is not prose: fenced code blocks and
 * backtick spans are removed first, so an example like {@code `@Inject`} notifies nobody.
 */
public final class Mentions {

    /** A mention: {@code @} not preceded by a word character or another {@code @} (so e-mail addresses do not count). */
    static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9][A-Za-z0-9_.-]{1,39})");
    /** At most this many people are mentioned by one post; the rest are ignored, so one post cannot page everyone. */
    public static final int MAX_PER_POST = 50;

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)(`+)(?!`).*?(?<!`)\\1(?!`)", Pattern.DOTALL);

    private Mentions() {
    }

    /** The usernames mentioned, in their lookup form ({@link Account#key}), in order of first mention. */
    public static Set<String> in(String markdown) {
        Set<String> keys = new LinkedHashSet<>();
        if (markdown == null || markdown.isEmpty()) {
            return keys;
        }
        Matcher m = MENTION.matcher(withoutCode(markdown));
        while (m.find() && keys.size() < MAX_PER_POST) {
            keys.add(Account.key(trimTrailingPunctuation(m.group(1))));
        }
        return keys;
    }

    /** "@ada." at the end of a sentence mentions ada: a username does not end in a dot or dash. */
    private static String trimTrailingPunctuation(String name) {
        int end = name.length();
        while (end > 2 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == '-')) {
            end--;
        }
        return name.substring(0, end);
    }

    static String withoutCode(String markdown) {
        StringBuilder prose = new StringBuilder(markdown.length());
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.find()) {
                fence = f.group(1);
            } else if (fence != null) {
                if (closes(fence, line.strip())) {
                    fence = null;
                }
            } else {
                prose.append(line).append('\n');
            }
        }
        return CODE_SPAN.matcher(prose).replaceAll(" ");
    }

    /** A fence closes with a line of the same character, at least as long as the opening. */
    private static boolean closes(String fence, String line) {
        return line.length() >= fence.length() && line.chars().allMatch(c -> c == fence.charAt(0));
    }
}
