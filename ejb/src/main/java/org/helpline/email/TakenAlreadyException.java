package org.helpline.email;

import java.time.Instant;

import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.UserText;

/** Another adviser took the enquiry first: nothing changed, and the message names them and when. */
public class TakenAlreadyException extends ConcurrentEditException {

    private static final long serialVersionUID = 1L;

    TakenAlreadyException(String by, Instant at) {
        super(at == null ? UserText.of("email.takenAlready", by) : UserText.of("email.takenAlready.at", by, HelplineTime.timeAndDay(at)));
    }
}
