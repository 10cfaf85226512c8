package org.commonplace.shared;

/** The request clashes with the current state (a name already taken, an invitation already used). */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super("conflict", message);
    }
}
