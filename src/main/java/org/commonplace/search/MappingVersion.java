package org.commonplace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which version of the index mapping built the index on disk, kept in a file beside it. When a release changes what
 * is indexed (a new field, a field now stored), {@link SearchDocumentBinder#MAPPING_VERSION} moves, and the first
 * start of that release finds an older number here and rebuilds the index, instead of answering from documents that
 * lack the new fields.
 */
final class MappingVersion {

    private final Path file;
    private final int current;

    MappingVersion(Path indexRoot, int current) {
        this.file = indexRoot.resolve("mapping-version");
        this.current = current;
    }

    /** The version recorded with the index on disk; 0 when none was recorded (an index older than this file). */
    int recorded() {
        try {
            return Files.exists(file) ? Integer.parseInt(Files.readString(file).strip()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when the index on disk was built by this mapping; otherwise why it must be rebuilt. */
    String problem() {
        int recorded = recorded();
        return recorded == current ? null
                : "the index was built by mapping version " + recorded + " and this release indexes with version " + current;
    }

    /** After a complete rebuild: the index on disk now has this mapping. */
    void record() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Integer.toString(current));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
