package org.helpline.followups;

import org.helpline.shared.InvalidInputException;

/** A follow-up rule refused the change; the message says why. */
public class FollowUpException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public FollowUpException(String field, String message) {
        super(field, message);
    }

    private FollowUpException(String field, String message, boolean conflict) {
        super(field, message, conflict);
    }

    /** The record's state refuses the change (see {@link InvalidInputException#isConflict}). */
    static FollowUpException conflict(String field, String message) {
        return new FollowUpException(field, message, true);
    }
}
