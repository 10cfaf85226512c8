package org.commonplace.imports.ning;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Structural repair of Ning archive files, which are not valid JSON as shipped.
 *
 * <p>The known faults are a JSONP-style {@code (}…{@code )} wrapper, an extra trailing {@code ]},
 * missing commas between top-level objects ({@code }{}) and stray brackets between them
 * ({@code }]{}, {@code }[{}). Other importers fix these with plain string replacement, which also
 * rewrites descriptions that happen to contain {@code }{}. This scanner instead tracks nesting depth
 * and whether it is inside a string: it extracts every complete top-level object and ignores only the
 * punctuation between them, so text inside strings is never touched. It streams: only one top-level
 * object is held at a time, bounded by {@code maxObjectChars}.
 */
public final class NingJsonRepair {

    /** Default upper bound for one top-level record (description, comments and all). */
    public static final int DEFAULT_MAX_OBJECT_CHARS = 16 * 1024 * 1024;

    private NingJsonRepair() {
    }

    /**
     * Repairs a whole file held in memory and returns a valid JSON array of its top-level objects.
     *
     * @throws NingFormatException if the text holds anything other than objects and junk punctuation
     */
    public static String repair(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('[');
        int[] count = {0};
        scan(new StringReader(text), DEFAULT_MAX_OBJECT_CHARS, object -> {
            if (count[0]++ > 0) {
                out.append(',');
            }
            out.append(object);
        });
        return out.append(']').toString();
    }

    /**
     * Streams the top-level objects of a Ning file to {@code sink}, each as the exact source text of one
     * JSON object, in file order.
     *
     * @return the number of objects found
     * @throws NingFormatException on an unterminated object or string, an unexpected character between
     *     objects, or an object larger than {@code maxObjectChars}
     */
    public static int scan(Reader in, int maxObjectChars, Consumer<String> sink) {
        try {
            return doScan(in, maxObjectChars, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int doScan(Reader in, int maxObjectChars, Consumer<String> sink) throws IOException {
        StringBuilder object = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        int found = 0;
        long offset = -1;
        int c;
        while ((c = in.read()) != -1) {
            offset++;
            if (depth == 0) {
                if (c == '{') {
                    depth = 1;
                    object.setLength(0);
                    object.append('{');
                } else if (!isJunk(c)) {
                    throw new NingFormatException("Unexpected character '" + (char) c + "' between records at offset " + offset);
                }
                continue;
            }
            if (object.length() >= maxObjectChars) {
                throw new NingFormatException("Record starting before offset " + offset + " exceeds " + maxObjectChars + " characters");
            }
            object.append((char) c);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    if (c != '}') {
                        throw new NingFormatException("Mismatched ']' closing a record at offset " + offset);
                    }
                    sink.accept(object.toString());
                    found++;
                }
            }
        }
        if (depth != 0) {
            throw new NingFormatException("Unterminated record at end of input (" + (inString ? "inside a string" : "depth " + depth) + ")");
        }
        return found;
    }

    /** Characters allowed between top-level records: the wrapper, array brackets, commas, whitespace, a BOM. */
    private static boolean isJunk(int c) {
        return c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == ';' || c == '\uFEFF'
                || Character.isWhitespace(c);
    }
}
