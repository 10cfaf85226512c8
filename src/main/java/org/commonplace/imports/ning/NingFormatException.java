package org.commonplace.imports.ning;

/** Raised when a Ning archive or one of its files cannot be read; the message names the file and the fault. */
public class NingFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NingFormatException(String message) {
        super(message);
    }

    public NingFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
