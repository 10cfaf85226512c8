package org.commonplace.imports.ning;

import java.io.Closeable;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Read access to the files of a Ning archive, whether unpacked in a folder or still inside a zip.
 *
 * <p>Paths are the relative, forward-slash paths used inside the archive's JSON (with any
 * {@code ?query} already removed). Implementations refuse paths that would leave the archive root.
 */
public interface NingArchive extends Closeable {

    /** True when the archive holds a regular file at {@code relativePath}. */
    boolean exists(String relativePath);

    /** Opens the file at {@code relativePath}, or empty when there is none. The caller closes the stream. */
    Optional<InputStream> open(String relativePath);

    /** Opens an unpacked archive folder. */
    static NingArchive ofFolder(Path folder) {
        return new NingFolderArchive(folder);
    }

    /** Opens a zipped archive with the default limits. */
    static NingArchive ofZip(Path zip) {
        return new NingZipArchive(zip, NingZipArchive.Limits.DEFAULT);
    }

    /**
     * Opens a zipped archive with explicit limits on entry count, inflated bytes per entry and in total.
     */
    static NingArchive ofZip(Path zip, int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        return new NingZipArchive(zip, new NingZipArchive.Limits(maxEntries, maxEntryBytes, maxTotalBytes));
    }

    /**
     * Normalises an archive-relative path and refuses one that is absolute or climbs out of the root.
     *
     * @return the normalised path with forward slashes
     * @throws NingFormatException for an unsafe path
     */
    static String safeRelativePath(String relativePath) {
        if (relativePath == null || relativePath.isBlank()) {
            throw new NingFormatException("Empty path in archive");
        }
        String p = relativePath.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.indexOf('\0') >= 0) {
            throw new NingFormatException("Absolute path not allowed in archive: " + relativePath);
        }
        Path normalised = Path.of("root").resolve(p).normalize();
        if (!normalised.startsWith(Path.of("root")) || normalised.equals(Path.of("root"))) {
            throw new NingFormatException("Path escapes the archive root: " + relativePath);
        }
        return Path.of("root").relativize(normalised).toString().replace('\\', '/');
    }
}
