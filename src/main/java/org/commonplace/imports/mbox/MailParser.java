package org.commonplace.imports.mbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses one raw message (as cut by {@link MboxSplitter}) into a {@link MailMessage} with Apache mime4j
 * in permissive mode.
 *
 * <p>mime4j does the MIME structure and transfer decoding; this class adds what list archives need on
 * top: headers are decoded from their raw bytes (UTF-8, else windows-1252, for undeclared 8-bit text),
 * unfolded, then RFC 2047 words decoded with widened charsets; pipermail's {@code jdoe at example.org}
 * becomes an address again; dates are parsed leniently; multipart/alternative keeps the plain text and
 * the HTML; format=flowed is undone; a missing Message-ID is replaced by a hash of the raw bytes.
 */
public final class MailParser {

    /** Domain used for synthesised Message-IDs. */
    public static final String SYNTHETIC_DOMAIN = "synthetic.commonplace.invalid";

    private static final Pattern MSG_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern ENCODED_WORD_START = Pattern.compile("=\\?([A-Za-z0-9_.:*-]+)\\?([BbQq])\\?");
    private static final Pattern AT_FORM = Pattern.compile("([\\w.!#$%&'*+/=?^`{|}~-]+) at ([\\w-]+(?:\\.[\\w-]+)+)");
    private static final Pattern COMMENT = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern DATE = Pattern.compile(
            "(?:[A-Za-z]{3},?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*([+-]\\d{4}|[A-Za-z]{1,5})?");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Map<String, Integer> ZONES = Map.of("UT", 0, "UTC", 0, "GMT", 0, "Z", 0,
            "EST", -5, "EDT", -4, "CST", -6, "CDT", -5, "MST", -7, "MDT", -6);
    private static final Map<String, Integer> MORE_ZONES = Map.of("PST", -8, "PDT", -7, "CET", 1, "CEST", 2,
            "EET", 2, "EEST", 3);

    private MailParser() {
    }

    /**
     * Parses raw message bytes.
     *
     * @throws MboxFormatException when mime4j cannot read the message at all
     */
    public static MailMessage parse(byte[] raw) {
        Message message;
        try {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
            builder.setDecodeMonitor(DecodeMonitor.SILENT);
            builder.setContentDecoding(true);
            message = builder.parseMessage(new ByteArrayInputStream(raw));
        } catch (IOException e) {
            throw new MboxFormatException("Unreadable message: " + e.getMessage(), e);
        }
        try {
            String rawId = header(message, "Message-ID");
            String id = firstId(rawId);
            boolean synthesised = id == null;
            if (synthesised) {
                id = syntheticId(raw);
            }
            List<String> references = allIds(header(message, "References"));
            String inReplyTo = firstId(header(message, "In-Reply-To"));
            String[] from = parseFrom(header(message, "From"));
            String subject = header(message, "Subject");
            Parts parts = new Parts();
            collect(message, parts, 0);
            String text = parts.text.length() > 0 ? parts.text.toString()
                    : parts.html.length() > 0 ? htmlToText(parts.html.toString()) : "";
            return new MailMessage(id, synthesised, inReplyTo, references, parseDate(header(message, "Date")),
                    from[0], from[1], subject == null ? "" : subject.strip(), text,
                    parts.html.length() > 0 ? parts.html.toString() : null, parts.attachments);
        } finally {
            message.dispose();
        }
    }

    /** A Message-ID for a message without one: a SHA-256 prefix of its raw bytes. */
    public static String syntheticId(byte[] raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return HexFormat.of().formatHex(digest, 0, 16) + "@" + SYNTHETIC_DOMAIN;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first header of that name, decoded from raw bytes, unfolded, with RFC 2047 words decoded. */
    static String header(Entity entity, String name) {
        Field field = entity.getHeader().getField(name);
        if (field == null) {
            return null;
        }
        String value;
        if (field.getRaw() != null) {
            String line = MailCharsets.guess(field.getRaw().toByteArray());
            int colon = line.indexOf(':');
            value = colon >= 0 ? line.substring(colon + 1) : line;
        } else {
            value = field.getBody();
        }
        value = value.replaceAll("\\r?\\n(?=[ \\t])", "").replace("\r", "").replace("\n", "").strip();
        return decodeWords(value);
    }

    /** Decodes RFC 2047 encoded words; whitespace between adjacent words is dropped. */
    public static String decodeWords(String value) {
        if (value == null || !value.contains("=?")) {
            return value;
        }
        String widened = ENCODED_WORD_START.matcher(value).replaceAll(m -> {
            var cs = MailCharsets.lookup(m.group(1).replaceAll("\\*.*$", ""));
            return Matcher.quoteReplacement("=?" + (cs == null ? "UTF-8" : cs.name()) + "?" + m.group(2) + "?");
        });
        return DecoderUtil.decodeEncodedWords(widened, DecodeMonitor.SILENT);
    }

    static String firstId(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = MSG_ID.matcher(value);
        if (m.find()) {
            return m.group(1);
        }
        String bare = value.strip();
        return !bare.isEmpty() && bare.indexOf(' ') < 0 && bare.indexOf('@') > 0 ? bare : null;
    }

    static List<String> allIds(String value) {
        List<String> ids = new ArrayList<>();
        if (value != null) {
            Matcher m = MSG_ID.matcher(value);
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** Returns {name, address}; handles "Name <a@b>", "a@b (Name)" and pipermail "a at b (Name)". */
    static String[] parseFrom(String value) {
        if (value == null || value.isBlank()) {
            return new String[] {null, null};
        }
        String v = AT_FORM.matcher(value).replaceAll("$1@$2");
        String name = null;
        String address = null;
        try {
            Mailbox mailbox = LenientAddressParser.DEFAULT.parseMailbox(v);
            if (mailbox != null) {
                name = mailbox.getName();
                address = mailbox.getAddress();
            }
        } catch (RuntimeException ignored) {
            // fall back to the simple forms below
        }
        if (address == null || address.indexOf('@') < 0) {
            Matcher m = Pattern.compile("[^\\s<>()\"]+@[^\\s<>()\"]+").matcher(v);
            address = m.find() ? m.group() : null;
        }
        if (name == null || name.isBlank()) {
            Matcher c = COMMENT.matcher(v);
            if (c.find() && !c.group(1).isBlank()) {
                name = c.group(1).strip();
            } else {
                int lt = v.indexOf('<');
                name = lt > 0 ? v.substring(0, lt).strip().replaceAll("^\"|\"$", "") : null;
            }
        }
        return new String[] {name == null || name.isBlank() ? null : name.strip(), address};
    }

    /** RFC 5322 dates, tolerating missing day names, two-digit years, named zones and trailing comments. */
    public static Instant parseDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
        if (month < 0) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month + 1, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return local.toInstant(zone(m.group(7)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset zone(String z) {
        if (z == null) {
            return ZoneOffset.UTC;
        }
        if (z.startsWith("+") || z.startsWith("-")) {
            int sign = z.startsWith("-") ? -1 : 1;
            int hours = Integer.parseInt(z.substring(1, 3));
            int minutes = Integer.parseInt(z.substring(3, 5));
            if (hours > 18 || minutes > 59) {
                return ZoneOffset.UTC;
            }
            return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
        }
        String upper = z.toUpperCase(Locale.ROOT);
        Integer hours = ZONES.getOrDefault(upper, MORE_ZONES.get(upper));
        return hours == null ? ZoneOffset.UTC : ZoneOffset.ofHours(hours);
    }

    /** Accumulates the displayable text, HTML and attachment list while walking the MIME tree. */
    private static final class Parts {
        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<MailMessage.Attachment> attachments = new ArrayList<>();
    }

    private static void collect(Entity entity, Parts parts, int depth) {
        if (depth > 50) {
            throw new MboxFormatException("MIME structure nested more than 50 levels");
        }
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity child : multipart.getBodyParts()) {
                collect(child, parts, depth + 1);
            }
            return;
        }
        if (body instanceof Message embedded) {
            parts.attachments.add(new MailMessage.Attachment(header(embedded, "Subject"), "message/rfc822", 0));
            return;
        }
        if (!(body instanceof SingleBody single)) {
            return;
        }
        String mimeType = entity.getMimeType() == null ? "text/plain" : entity.getMimeType().toLowerCase(Locale.ROOT);
        boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType()) || entity.getFilename() != null;
        byte[] bytes = bytes(single);
        if (!attachment && mimeType.equals("text/plain")) {
            String text = normaliseNewlines(MailCharsets.decode(bytes, declaredCharset(entity)));
            ContentTypeField ct = contentType(entity);
            if (ct != null && "flowed".equalsIgnoreCase(ct.getParameter("format"))) {
                text = FlowedText.decode(text, "yes".equalsIgnoreCase(ct.getParameter("delsp")));
            }
            appendPart(parts.text, text);
        } else if (!attachment && mimeType.equals("text/html")) {
            appendPart(parts.html, normaliseNewlines(MailCharsets.decode(bytes, declaredCharset(entity))));
        } else {
            String filename = entity.getFilename() == null ? null : decodeWords(entity.getFilename());
            parts.attachments.add(new MailMessage.Attachment(filename, mimeType, bytes.length));
        }
    }

    private static void appendPart(StringBuilder sb, String text) {
        if (sb.length() > 0 && !text.isEmpty()) {
            sb.append("\n\n");
        }
        sb.append(text);
    }

    private static ContentTypeField contentType(Entity entity) {
        Field f = entity.getHeader().getField("Content-Type");
        return f instanceof ContentTypeField ct ? ct : null;
    }

    private static String declaredCharset(Entity entity) {
        ContentTypeField ct = contentType(entity);
        return ct == null ? null : ct.getParameter("charset");
    }

    private static byte[] bytes(SingleBody body) {
        try (InputStream in = body.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MboxFormatException("Unreadable message part: " + e.getMessage(), e);
        }
    }

    private static String normaliseNewlines(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A crude text rendering of HTML for messages that have no plain part. */
    static String htmlToText(String html) {
        String s = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>", "\n")
                .replaceAll("<[^>]+>", "");
        return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&").replaceAll("\n{3,}", "\n\n").strip();
    }
}
