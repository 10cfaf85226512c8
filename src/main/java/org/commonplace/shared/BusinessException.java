package org.commonplace.shared;

import jakarta.ejb.ApplicationException;

/**
 * A use case could not be carried out for a reason the user can understand and act on. The message is
 * written for people (it is shown as is); anything else that goes wrong is a bug and goes to the error page.
 * Rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String code;

    public BusinessException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable machine-readable code, e.g. {@code not_found}; the REST API answers it as {@code error}. */
    public String getCode() {
        return code;
    }
}
