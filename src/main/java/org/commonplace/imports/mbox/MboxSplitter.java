package org.commonplace.imports.mbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Splits an mbox file into messages, working on bytes so that no charset guess can damage them.
 *
 * <p>A line starts a new message only when it follows a blank line (or starts the file) and looks like
 * a real From_ line: {@code From <sender> <asctime date>}. The sender may be pipermail's
 * {@code jdoe at example.org} form, Thunderbird's {@code -} or Eudora's {@code ???@???}; a body line
 * that merely begins with "From " is not a separator. mboxrd escaping ({@code >From}, {@code >>From})
 * loses one {@code >} on the way out. Messages are streamed to a callback, each bounded in size.
 *
 * <p>A file that does not begin with a From_ line but with an RFC 5322 header block (header fields and their
 * folded continuations up to a blank line or the end, among them {@code From:} or {@code Message-ID:}) is a
 * single saved message ({@code .eml}, {@code .msg}) and becomes a mailbox of one: the whole file is that message,
 * with no further splitting and no mboxrd unescaping (a lone message carries no mbox escaping). Its entry has an
 * empty {@link MboxEntry#fromLine()}. Anything else is refused with a message that says which line broke the rule.
 */
public final class MboxSplitter {

    /** Default upper bound for one message. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private static final String DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final Pattern FROM_LINE = Pattern.compile(
            "^From (?:\\S+ at \\S+|\\S+)\\s+" + DAY + ",?\\s+" + MONTH + "\\s+\\d{1,2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?"
                    + "\\s+(?:[A-Za-z]{1,5}\\s+|[+-]\\d{4}\\s+)?\\d{4}(?:\\s+[+-]\\d{4})?\\s*$");
    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);
    /**
     * A header field name, optional blanks, then the colon. RFC 5322 allows any printable ASCII but the colon in a
     * name; real mail uses letters, digits and a few token characters, so braces, quotes and brackets (JSON, XML,
     * HTML) are not taken for a header.
     */
    private static final Pattern HEADER_FIELD = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9!#$%&'*+._^`|~-]{0,75}[ \\t]*:.*");
    /** Fields of which at least one must be in a lone message's header block. */
    private static final Pattern IDENTIFYING_FIELD = Pattern.compile("^(?i:from|message-id)[ \\t]*:.*");
    /** Longest header block of a lone message that is searched for its fields. */
    private static final int MAX_HEADER_LINES = 10_000;

    private final int maxMessageBytes;
    private final boolean unescapeMboxrd;

    public MboxSplitter() {
        this(DEFAULT_MAX_MESSAGE_BYTES, true);
    }

    /**
     * @param maxMessageBytes largest message accepted
     * @param unescapeMboxrd whether {@code >+From } lines lose one {@code >} (mboxrd); turn off for mboxcl2
     */
    public MboxSplitter(int maxMessageBytes, boolean unescapeMboxrd) {
        this.maxMessageBytes = maxMessageBytes;
        this.unescapeMboxrd = unescapeMboxrd;
    }

    /** True when {@code line} (without line end) is a plausible From_ separator line. */
    public static boolean isFromLine(String line) {
        return line.startsWith("From ") && line.length() < 1000 && FROM_LINE.matcher(line).matches();
    }

    /** Reads a whole (small) mbox into a list. */
    public List<MboxEntry> splitAll(InputStream in) {
        List<MboxEntry> out = new ArrayList<>();
        split(in, out::add);
        return out;
    }

    /**
     * Streams the messages of {@code in} to {@code sink}.
     *
     * @return the number of messages
     * @throws MboxFormatException when the input is neither an mbox nor a single message, or a message is too large
     */
    public int split(InputStream in, Consumer<MboxEntry> sink) {
        try {
            return doSplit(new BufferedInputStream(in, 65536), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int doSplit(InputStream in, Consumer<MboxEntry> sink) throws IOException {
        Bytes line = new Bytes(256);
        Bytes message = new Bytes(8192);
        String fromLine = null;
        boolean previousBlank = true;
        int lastLineStart = 0;
        int count = 0;
        long lineNumber = 0;
        while (readLine(in, line, maxMessageBytes)) {
            lineNumber++;
            if (lineNumber == 1) {
                skipByteOrderMark(line);
            }
            int contentLength = contentLength(line);
            if (previousBlank && startsWithFrom(line)) {
                String candidate = new String(line.data, 0, contentLength, StandardCharsets.ISO_8859_1);
                if (isFromLine(candidate)) {
                    if (fromLine != null) {
                        sink.accept(finish(count++, fromLine, message, lastLineStart));
                    }
                    fromLine = candidate;
                    message.length = 0;
                    lastLineStart = 0;
                    previousBlank = false;
                    continue;
                }
            }
            boolean blank = contentLength == 0;
            if (fromLine == null) {
                if (!blank) {
                    sink.accept(singleMessage(in, line, lineNumber));
                    return 1;
                }
                continue;
            }
            lastLineStart = message.length;
            int skip = unescapeMboxrd && isEscapedFrom(line) ? 1 : 0;
            if (message.length + line.length - skip > maxMessageBytes) {
                throw new MboxFormatException("Message " + (count + 1) + " exceeds " + maxMessageBytes + " bytes (line " + lineNumber + ")");
            }
            message.append(line.data, skip, line.length - skip);
            previousBlank = blank;
        }
        if (fromLine != null) {
            sink.accept(finish(count++, fromLine, message, previousBlank ? lastLineStart : message.length));
        }
        return count;
    }

    /**
     * Reads the rest of a file whose first non-blank line ({@code line}) is not a From_ line as one message,
     * after checking that it starts with a header block that names a sender or a Message-ID.
     */
    private MboxEntry singleMessage(InputStream in, Bytes line, long firstLineNumber) throws IOException {
        Bytes message = new Bytes(Math.max(8192, line.length));
        long lineNumber = firstLineNumber;
        boolean inHeader = true;
        boolean identified = false;
        boolean more = true;
        while (more) {
            int contentLength = contentLength(line);
            if (inHeader) {
                if (contentLength == 0) {
                    inHeader = false;
                    requireIdentified(identified);
                } else {
                    String text = new String(line.data, 0, contentLength, StandardCharsets.ISO_8859_1);
                    boolean continuation = text.charAt(0) == ' ' || text.charAt(0) == '\t';
                    if (lineNumber - firstLineNumber >= MAX_HEADER_LINES
                            || (continuation ? lineNumber == firstLineNumber : !HEADER_FIELD.matcher(text).matches())) {
                        throw notMail("line " + lineNumber + " is neither a From_ line nor a mail header field");
                    }
                    identified |= !continuation && IDENTIFYING_FIELD.matcher(text).matches();
                }
            }
            if (message.length + line.length > maxMessageBytes) {
                throw new MboxFormatException("Message 1 exceeds " + maxMessageBytes + " bytes (line " + lineNumber + ")");
            }
            message.append(line.data, 0, line.length);
            more = readLine(in, line, maxMessageBytes);
            lineNumber++;
        }
        if (inHeader) {
            requireIdentified(identified);
        }
        return new MboxEntry(0, "", Arrays.copyOf(message.data, message.length));
    }

    private static void requireIdentified(boolean identified) {
        if (!identified) {
            throw notMail("its header block has neither a From: nor a Message-ID: field");
        }
    }

    private static MboxFormatException notMail(String why) {
        return new MboxFormatException("Not an mbox file (no From_ line starts it) and not a single mail message: " + why + ".");
    }

    /** Drops a UTF-8 byte order mark at the start of the file. */
    private static void skipByteOrderMark(Bytes line) {
        if (line.length >= 3 && (line.data[0] & 0xFF) == 0xEF && (line.data[1] & 0xFF) == 0xBB && (line.data[2] & 0xFF) == 0xBF) {
            System.arraycopy(line.data, 3, line.data, 0, line.length - 3);
            line.length -= 3;
        }
    }

    /** Builds the entry, dropping the blank separator line that precedes the next From_ line. */
    private static MboxEntry finish(int index, String fromLine, Bytes message, int end) {
        int length = message.length;
        if (end < length && isBlankLine(message.data, end, length)) {
            length = end;
        }
        return new MboxEntry(index, fromLine, Arrays.copyOf(message.data, length));
    }

    private static boolean isBlankLine(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] != '\r' && data[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithFrom(Bytes line) {
        if (line.length < FROM.length) {
            return false;
        }
        for (int i = 0; i < FROM.length; i++) {
            if (line.data[i] != FROM[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEscapedFrom(Bytes line) {
        int i = 0;
        while (i < line.length && line.data[i] == '>') {
            i++;
        }
        if (i == 0 || line.length - i < FROM.length) {
            return false;
        }
        for (int k = 0; k < FROM.length; k++) {
            if (line.data[i + k] != FROM[k]) {
                return false;
            }
        }
        return true;
    }

    private static int contentLength(Bytes line) {
        int n = line.length;
        if (n > 0 && line.data[n - 1] == '\n') {
            n--;
        }
        if (n > 0 && line.data[n - 1] == '\r') {
            n--;
        }
        return n;
    }

    /** Reads one line including its terminator; false at end of input. */
    private static boolean readLine(InputStream in, Bytes line, int max) throws IOException {
        line.length = 0;
        int b;
        while ((b = in.read()) != -1) {
            if (line.length >= max) {
                throw new MboxFormatException("Line longer than " + max + " bytes");
            }
            line.append((byte) b);
            if (b == '\n') {
                return true;
            }
        }
        return line.length > 0;
    }

    /** A growable byte buffer without the copying of ByteArrayOutputStream. */
    private static final class Bytes {
        byte[] data;
        int length;

        Bytes(int capacity) {
            data = new byte[capacity];
        }

        void append(byte b) {
            ensure(length + 1);
            data[length++] = b;
        }

        void append(byte[] src, int offset, int len) {
            ensure(length + len);
            System.arraycopy(src, offset, data, length, len);
            length += len;
        }

        private void ensure(int capacity) {
            if (capacity > data.length) {
                data = Arrays.copyOf(data, Math.max(capacity, data.length * 2));
            }
        }
    }
}
