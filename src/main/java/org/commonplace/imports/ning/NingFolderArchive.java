package org.commonplace.imports.ning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** A Ning archive unpacked in a folder; every path is resolved under the folder and checked to stay there. */
final class NingFolderArchive implements NingArchive {

    private final Path root;

    NingFolderArchive(Path root) {
        if (!Files.isDirectory(root)) {
            throw new NingFormatException("Not a folder: " + root);
        }
        this.root = root.toAbsolutePath().normalize();
    }

    private Path resolve(String relativePath) {
        Path p = root.resolve(NingArchive.safeRelativePath(relativePath)).normalize();
        if (!p.startsWith(root)) {
            throw new NingFormatException("Path escapes the archive root: " + relativePath);
        }
        return p;
    }

    @Override
    public boolean exists(String relativePath) {
        return Files.isRegularFile(resolve(relativePath), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public Optional<InputStream> open(String relativePath) {
        Path p = resolve(relativePath);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // nothing held open
    }
}
