package org.commonplace.shared;

/** Input that breaks a business rule; the message names the field in words a person understands. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String message) {
        super("invalid", message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
