package org.commonplace.seed;

/** A seed file is malformed; the message names the file and the line, and start-up stops. */
public class SeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SeedException(String file, long line, String problem) {
        super("Seed content is malformed: " + file + (line > 0 ? " line " + line : "") + ": " + problem);
    }
}
