package org.helpline.shared;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Someone else saved the record after this user opened it. Nothing was written; the message says who
 * changed it and when, and the page shows the current values before the user tries again.
 */
public class ConcurrentEditException extends HelplineException {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm 'on' d MMM", Locale.UK).withZone(HelplineTime.ZONE);

    public ConcurrentEditException(String what, String changedBy, Instant changedAt) {
        super(changedBy + " changed this " + what + " at " + TIME.format(changedAt)
                + ", after you opened it. Your changes were not saved; the current version is shown.");
    }
}
