package org.commonplace.imports.ning;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A Ning archive read straight from a zip file, without unpacking it.
 *
 * <p>On opening, every entry name is checked (zip slip: a normalised name must stay under the root)
 * and the entry count is limited. Reads are counted so that no entry and no archive inflates past its
 * limit, whatever the sizes declared in the zip headers say (zip bombs lie about them). When all
 * {@code ning-*.json} files sit in one top folder, that folder is taken as the root.
 */
final class NingZipArchive implements NingArchive {

    /** Bounds on a zipped archive. */
    record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        static final Limits DEFAULT = new Limits(200_000, 2L << 30, 20L << 30);
    }

    private final ZipFile zip;
    private final Limits limits;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final String prefix;
    private long inflatedSoFar;

    NingZipArchive(Path file, Limits limits) {
        this.limits = limits;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new NingFormatException("Cannot open zip " + file + ": " + e.getMessage(), e);
        }
        try {
            String jsonFolder = null;
            boolean oneFolder = true;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entries.size() >= limits.maxEntries()) {
                    throw new NingFormatException("Zip has more than " + limits.maxEntries() + " entries");
                }
                String name = NingArchive.safeRelativePath(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                entries.put(name, entry);
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (base.startsWith("ning-") && base.endsWith(".json")) {
                    String folder = name.substring(0, name.length() - base.length());
                    if (jsonFolder == null) {
                        jsonFolder = folder;
                    } else if (!jsonFolder.equals(folder)) {
                        oneFolder = false;
                    }
                }
            }
            this.prefix = oneFolder && jsonFolder != null ? jsonFolder : "";
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    @Override
    public boolean exists(String relativePath) {
        return entries.containsKey(prefix + NingArchive.safeRelativePath(relativePath));
    }

    @Override
    public Optional<InputStream> open(String relativePath) {
        String name = prefix + NingArchive.safeRelativePath(relativePath);
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BoundedStream(zip.getInputStream(entry), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void closeQuietly() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    /** Counts inflated bytes and stops at the per-entry and whole-archive limits. */
    private final class BoundedStream extends FilterInputStream {
        private final String name;
        private long read;

        BoundedStream(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        private void count(long n) throws IOException {
            if (n <= 0) {
                return;
            }
            read += n;
            inflatedSoFar += n;
            if (read > limits.maxEntryBytes()) {
                throw new IOException("Zip entry " + name + " inflates past " + limits.maxEntryBytes() + " bytes");
            }
            if (inflatedSoFar > limits.maxTotalBytes()) {
                throw new IOException("Zip archive inflates past " + limits.maxTotalBytes() + " bytes");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }
    }
}
