package org.helpline.cases;

import org.helpline.shared.InvalidInputException;

/** A case rule refused the change; the message says why and what to do instead. */
public class CaseException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public CaseException(String field, String message) {
        super(field, message);
    }

    private CaseException(String field, String message, boolean conflict) {
        super(field, message, conflict);
    }

    /** The record's state refuses the change (see {@link InvalidInputException#isConflict}). */
    static CaseException conflict(String field, String message) {
        return new CaseException(field, message, true);
    }
}
