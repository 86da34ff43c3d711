package org.helpline.shared;

/**
 * Input a rule refuses, named by the field it belongs to so that a page can show the message at that
 * field and an API can name it in its problem response.
 */
public class InvalidInputException extends HelplineException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field at fault, e.g. {@code startedAt}; never null. */
    public String getField() {
        return field;
    }
}
