package org.helpline.email;

import java.time.Instant;

import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/** An email rule refused the change; the message says why. */
public class EmailException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private EmailException(String field, String message, boolean conflict) {
        super(field, message, conflict);
    }

    /** The enquiry's state refuses the change (see {@link InvalidInputException#isConflict}). */
    static EmailException conflict(String field, String message) {
        return new EmailException(field, message, true);
    }

    /** Another adviser took the enquiry first: nothing changed, and the message names them and when. */
    static EmailException takenAlready(String by, Instant at) {
        return conflict("enquiry", at == null ? UserText.of("email.takenAlready", by)
                : UserText.of("email.takenAlready.at", by, HelplineTime.timeAndDay(at)));
    }
}
