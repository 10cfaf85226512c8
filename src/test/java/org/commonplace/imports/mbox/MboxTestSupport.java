package org.commonplace.imports.mbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the mbox samples from the test resources. */
final class MboxTestSupport {

    private MboxTestSupport() {
    }

    static byte[] resource(String name) {
        try (InputStream in = MboxTestSupport.class.getResourceAsStream("/imports/mbox/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
