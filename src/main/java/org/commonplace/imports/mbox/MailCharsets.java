package org.commonplace.imports.mbox;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Charset labels as mail clients really use them. Labels that are subsets in theory but supersets in
 * practice are widened (ISO-8859-1 and US-ASCII to windows-1252, GB2312 to GBK, ks_c_5601-1987 to
 * windows-949); unknown labels fall back to UTF-8 when the bytes are valid UTF-8, else windows-1252.
 */
public final class MailCharsets {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"), Map.entry("latin-1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("ansi_x3.4-1968", "windows-1252"), Map.entry("gb2312", "GBK"), Map.entry("gb_2312-80", "GBK"),
            Map.entry("ks_c_5601-1987", "x-windows-949"), Map.entry("ks_c_5601", "x-windows-949"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("iso-8859-9", "windows-1254"),
            Map.entry("tis-620", "x-windows-874"), Map.entry("utf8", "UTF-8"), Map.entry("x-unknown", ""),
            Map.entry("unknown-8bit", ""), Map.entry("x-user-defined", ""));

    private MailCharsets() {
    }

    /** The charset for a label, widened as described, or null when the label is unknown or blank. */
    public static Charset lookup(String label) {
        if (label == null) {
            return null;
        }
        String l = label.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return null;
        }
        String name = ALIASES.getOrDefault(l, l);
        if (name.isEmpty()) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Decodes bytes with the labelled charset, or guesses UTF-8 then windows-1252 when there is none. */
    public static String decode(byte[] bytes, String label) {
        Charset cs = lookup(label);
        return cs != null ? new String(bytes, cs) : guess(bytes);
    }

    /** Strict UTF-8 when the bytes allow it, windows-1252 otherwise. */
    public static String guess(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
