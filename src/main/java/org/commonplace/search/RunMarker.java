package org.commonplace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A file that exists while the server runs: written at start-up, deleted at an orderly shutdown. Finding it at
 * start-up means the last run ended without shutting down (killed, crashed, power lost), so changes it committed to
 * the database just before may never have reached the index (indexing happens right after the commit). The index
 * is then rebuilt from the database: the recovery that an outbox would otherwise give, paid only after a crash.
 */
final class RunMarker {

    private final Path file;

    RunMarker(Path indexRoot) {
        this.file = indexRoot.resolve("server-running");
    }

    /** Marks this run as started; answers whether the previous run ended without an orderly shutdown. */
    boolean start() {
        boolean unclean = Files.exists(file);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Instant.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unclean;
    }

    /** An orderly shutdown: the next start need not rebuild. */
    void stop() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
