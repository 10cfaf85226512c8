package org.commonplace.shared;

/** The viewer may see the thing but not do this to it (for hidden things use {@link NotFoundException}). */
public class ForbiddenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super("forbidden", message);
    }
}
