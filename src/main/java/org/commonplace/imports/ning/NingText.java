package org.commonplace.imports.ning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Small text helpers for Ning archives: charset detection, HTML entity unescaping for titles,
 * attachment path clean-up and lenient date parsing.
 *
 * <p>Archives are mostly UTF-8, but one known converter assumed Latin-1, so a file is decoded as strict
 * UTF-8 when every byte sequence is valid and as windows-1252 otherwise.
 */
public final class NingText {

    /** windows-1252, the usual meaning of "Latin-1" in files written on the web. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("laquo", "\u00AB"),
            Map.entry("raquo", "\u00BB"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("copy", "\u00A9"),
            Map.entry("reg", "\u00AE"), Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"),
            Map.entry("auml", "\u00E4"), Map.entry("ouml", "\u00F6"), Map.entry("uuml", "\u00FC"),
            Map.entry("Auml", "\u00C4"), Map.entry("Ouml", "\u00D6"), Map.entry("Uuml", "\u00DC"),
            Map.entry("szlig", "\u00DF"), Map.entry("euro", "\u20AC"));

    private NingText() {
    }

    /** Decodes bytes as strict UTF-8, or as windows-1252 when they are not valid UTF-8. A BOM is dropped. */
    public static String decode(byte[] bytes) {
        String text;
        try {
            text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Picks the charset of a stream without holding it in memory: the stream is read once to validate
     * UTF-8; {@code source} must give a fresh stream on each call.
     */
    public static Charset detectCharset(Supplier<InputStream> source) {
        CharsetDecoder decoder = strictUtf8();
        try (Reader reader = new InputStreamReader(source.get(), decoder)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) != -1) {
                // reading only validates
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        } catch (IOException e) {
            throw new NingFormatException("Cannot read archive file: " + e.getMessage(), e);
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Unescapes HTML character references (named, decimal and hex); unknown references stay as they are. */
    public static String unescapeHtml(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i + 1 && semi - i <= 12) {
                String ref = s.substring(i + 1, semi);
                String replacement = resolveEntity(ref);
                if (replacement != null) {
                    out.append(replacement);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String resolveEntity(String ref) {
        if (ref.startsWith("#")) {
            try {
                int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                        ? Integer.parseInt(ref.substring(2), 16)
                        : Integer.parseInt(ref.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED_ENTITIES.get(ref);
    }

    /** Strips the {@code ?query} (and any {@code #fragment}) from an attachment path; null stays null. */
    public static String stripQuery(String path) {
        if (path == null) {
            return null;
        }
        int cut = path.length();
        int q = path.indexOf('?');
        int h = path.indexOf('#');
        if (q >= 0) {
            cut = q;
        }
        if (h >= 0 && h < cut) {
            cut = h;
        }
        return path.substring(0, cut);
    }

    /**
     * Parses a Ning date leniently: ISO-8601 instant or offset date-time, "yyyy-MM-dd HH:mm:ss" (taken as
     * UTC) or a bare date. Returns null for blank or unrecognised values rather than failing the import.
     */
    public static Instant parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
