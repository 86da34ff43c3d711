package org.helpline.shared;

import java.util.List;

import org.helpline.shared.forms.FieldRefusal;

/**
 * Input a rule refuses, named by the field it belongs to so that a page can show the message at that
 * field and an API can name it in its problem response.
 */
public class InvalidInputException extends HelplineException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final boolean conflict;

    public InvalidInputException(String field, String message) {
        this(field, message, false);
    }

    /**
     * @param conflict whether the input is fine but the record's present state refuses it (a closed case,
     *                 a follow-up someone else has taken): an API answers 409 rather than 400
     */
    protected InvalidInputException(String field, String message, boolean conflict) {
        super(message);
        this.field = field;
        this.conflict = conflict;
    }

    /** Whether the record's state, not the input itself, is what refuses the change. */
    public boolean isConflict() {
        return conflict;
    }

    /** The input field at fault, e.g. {@code startedAt}; never null. */
    public String getField() {
        return field;
    }

    /** Every field refused with this one: only itself, unless several were found at once. */
    public List<FieldRefusal> getRefusals() {
        return List.of(new FieldRefusal(field, getMessage()));
    }
}
