package org.commonplace.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Free-text tags (expertise, tools, topics) in one normal form, so "Community Management", " community  management"
 * and "community management" are one facet: NFKC, lower case, inner whitespace collapsed to one space. A tag holds
 * letters, digits, spaces and {@code - + . # &}; a list is bounded in count and tag length.
 */
public final class Tags {

    public static final int TAG_MAX = 40;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .+#&-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Tags() {
    }

    /** One tag in normal form, or empty text for a blank one. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String t = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return SPACES.matcher(t).replaceAll(" ");
    }

    /**
     * Parses a comma-separated list (line breaks and semicolons count as commas) into distinct normalised tags,
     * in the order given.
     *
     * @throws InvalidInputException naming {@code field} when a tag is too long or holds other characters, or when
     *                               there are more than {@code maxTags}
     */
    public static List<String> parse(String raw, int maxTags, String field, String what) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return check(List.of(raw.split("[,;\\n\\r]+")), maxTags, field, what);
    }

    /** Normalises and checks a list of tags (as {@link #parse} does for text). */
    public static List<String> check(List<String> raw, int maxTags, String field, String what) {
        Set<String> tags = new LinkedHashSet<>();
        for (String part : raw) {
            String tag = normalise(part);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > TAG_MAX) {
                throw new InvalidInputException(field, what + ": \"" + shorten(tag) + "\" is longer than " + TAG_MAX + " characters.");
            }
            if (!ALLOWED.matcher(tag).matches()) {
                throw new InvalidInputException(field, what + ": \"" + shorten(tag)
                        + "\" may hold only letters, digits, spaces and - + . # &, starting with a letter or digit.");
            }
            tags.add(tag);
        }
        if (tags.size() > maxTags) {
            throw new InvalidInputException(field, what + ": at most " + maxTags + " tags, separated by commas (there are " + tags.size() + ").");
        }
        return new ArrayList<>(tags);
    }

    /** The tags as a person would type them again. */
    public static String join(java.util.Collection<String> tags) {
        return String.join(", ", tags);
    }

    private static String shorten(String tag) {
        return tag.length() > 60 ? tag.substring(0, 57) + "..." : tag;
    }
}
