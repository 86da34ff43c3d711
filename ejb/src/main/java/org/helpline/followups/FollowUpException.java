package org.helpline.followups;

import org.helpline.shared.InvalidInputException;

/** A follow-up rule refused the change; the message says why. */
public class FollowUpException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public FollowUpException(String field, String message) {
        super(field, message);
    }
}
