package org.commonplace.markup;

import java.text.Normalizer;

/**
 * Turns titles into URL- and anchor-safe slugs. Page slugs and heading anchors share this one
 * definition, so a link written today finds the same page and section tomorrow.
 *
 * <p>A slug is lower-case ASCII letters and digits separated by single dashes, never starts or
 * ends with a dash, is at most {@link #MAX_LENGTH} characters and is never empty.
 */
public final class Slugs {

    /** Longest slug produced. */
    public static final int MAX_LENGTH = 120;

    /** Returned by {@link #slugify(String)} when the title has no letter or digit left. */
    public static final String FALLBACK = "page";

    private Slugs() {
    }

    /**
     * Slug of a page title: accents folded ("Café" → "cafe"), everything that is not an ASCII
     * letter or digit becomes one dash, at most {@value #MAX_LENGTH} characters, "page" when nothing is left.
     */
    public static String slugify(String title) {
        return slugify(title, FALLBACK);
    }

    /** As {@link #slugify(String)} with a chosen fallback (which is returned as given). */
    public static String slugify(String title, String fallback) {
        if (title == null || title.isEmpty()) {
            return fallback;
        }
        String folded = Normalizer.normalize(foldSpecialLetters(title), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(Math.min(folded.length(), MAX_LENGTH + 1));
        boolean pendingDash = false;
        for (int i = 0; i < folded.length() && out.length() < MAX_LENGTH; i++) {
            char c = Character.toLowerCase(folded.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingDash && out.length() > 0) {
                    if (out.length() + 1 >= MAX_LENGTH) {
                        break;
                    }
                    out.append('-');
                }
                pendingDash = false;
                out.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK
                    && Character.getType(c) != Character.ENCLOSING_MARK) {
                pendingDash = true;
            }
        }
        return out.length() == 0 ? fallback : out.toString();
    }

    /** Letters that Unicode decomposition does not reduce to ASCII. */
    private static String foldSpecialLetters(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'Æ' -> "AE";
                case 'œ' -> "oe";
                case 'Œ' -> "OE";
                case 'ø' -> "o";
                case 'Ø' -> "O";
                case 'đ' -> "d";
                case 'Đ' -> "D";
                case 'ł' -> "l";
                case 'Ł' -> "L";
                case 'þ' -> "th";
                case 'Þ' -> "TH";
                case 'ı' -> "i";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                b.append(r != null ? r : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
    }
}
