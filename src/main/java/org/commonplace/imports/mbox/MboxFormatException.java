package org.commonplace.imports.mbox;

/** Raised when an mbox file or a message cannot be read; the message says where and why. */
public class MboxFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MboxFormatException(String message) {
        super(message);
    }

    public MboxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
