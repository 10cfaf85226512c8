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
     * @throws MboxFormatException when the input does not start with a From_ line or a message is too large
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
                    throw new MboxFormatException("Not an mbox file: line " + lineNumber + " comes before any From_ line");
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
