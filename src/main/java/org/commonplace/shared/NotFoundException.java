package org.commonplace.shared;

/** The thing does not exist, or the viewer may not know that it exists (the two are never told apart). */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super("not_found", message);
    }
}
