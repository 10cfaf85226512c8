package org.commonplace.imports.mbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A message body split into what the author wrote, the quoted text of earlier messages and the
 * signature, so the UI can show the first and fold the other two.
 *
 * @param body the author's own text, trailing blank lines removed
 * @param quoted the quoted lines ({@code >} prefixes kept) and their attribution lines, or ""
 * @param signature the text after the {@code "-- "} separator line, or ""
 */
public record MailBodyParts(String body, String quoted, String signature) {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i).*(wrote|writes|schrieb|a écrit|scrisse|escribió|skrev|napisal|napisał|a scris)\\s*:\\s*$");

    /** Splits a plain-text body. The signature starts at the last {@code "-- "} line (also accepts "--"). */
    public static MailBodyParts split(String text) {
        if (text == null || text.isEmpty()) {
            return new MailBodyParts("", "", "");
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int signatureAt = -1;
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].equals("-- ") || lines[i].equals("--")) {
                signatureAt = i;
                break;
            }
        }
        int end = signatureAt >= 0 ? signatureAt : lines.length;
        List<String> own = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String line = lines[i];
            boolean quote = line.startsWith(">");
            boolean attribution = !quote && ATTRIBUTION.matcher(line).matches() && nextNonBlankIsQuote(lines, i + 1, end);
            if (quote || attribution) {
                quoted.add(line);
            } else {
                own.add(line);
            }
        }
        String signature = signatureAt >= 0 ? String.join("\n", List.of(lines).subList(signatureAt + 1, lines.length)).strip() : "";
        return new MailBodyParts(collapse(own), String.join("\n", quoted).strip(), signature);
    }

    private static boolean nextNonBlankIsQuote(String[] lines, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!lines[i].isBlank()) {
                return lines[i].startsWith(">");
            }
        }
        return false;
    }

    /** Joins lines, collapsing the runs of blank lines that removed quotes leave behind. */
    private static String collapse(List<String> lines) {
        return String.join("\n", lines).replaceAll("\n{3,}", "\n\n").strip();
    }
}
