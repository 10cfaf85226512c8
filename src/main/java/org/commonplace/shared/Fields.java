package org.commonplace.shared;

import java.util.regex.Pattern;

/** Checks for form fields shared by the directory records: a limit and a message in words a person understands. */
public final class Fields {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fields() {
    }

    /**
     * A one-line value: trimmed, inner whitespace (line breaks included) collapsed to one space.
     *
     * @return the value, or null when blank and not required
     * @throws InvalidInputException naming {@code field} when it is required and blank, or longer than {@code max}
     */
    public static String line(String value, int max, boolean required, String field, String what) {
        String v = value == null ? "" : SPACES.matcher(value.strip()).replaceAll(" ");
        return checked(v, max, required, field, what);
    }

    /** A multi-line text (Markdown): trimmed at both ends, otherwise kept as written. */
    public static String text(String value, int max, boolean required, String field, String what) {
        return checked(value == null ? "" : value.strip(), max, required, field, what);
    }

    private static String checked(String v, int max, boolean required, String field, String what) {
        if (v.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, what + " is required.");
            }
            return null;
        }
        if (v.length() > max) {
            throw new InvalidInputException(field, what + " has at most " + max + " characters (this one has " + v.length() + ").");
        }
        return v;
    }
}
