package org.commonplace.imports.mbox;

import java.util.Arrays;

/**
 * One message cut out of an mbox file: its envelope line and its raw bytes (headers and body, mboxrd
 * escaping already undone, without the From_ line and the separating blank line).
 *
 * @param index position in the file, from 0
 * @param fromLine the From_ line without its line end, decoded as ISO-8859-1
 * @param raw the message bytes; the accessor returns a copy
 */
public record MboxEntry(int index, String fromLine, byte[] raw) {

    public MboxEntry {
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** The raw size in bytes. */
    public int size() {
        return raw.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MboxEntry e && e.index == index && e.fromLine.equals(fromLine) && Arrays.equals(e.raw, raw);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * index + fromLine.hashCode()) + Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "MboxEntry[" + index + ", " + fromLine + ", " + raw.length + " bytes]";
    }
}
