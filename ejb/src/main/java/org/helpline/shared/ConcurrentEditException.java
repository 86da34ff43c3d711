package org.helpline.shared;

import java.time.Instant;

/**
 * Someone else saved the record after this user opened it. Nothing was written; the message says who
 * changed it and when, and the page shows the current values before the user tries again.
 */
public class ConcurrentEditException extends HelplineException {

    private static final long serialVersionUID = 1L;

    /** For records that keep no "changed by": the message names who in general terms. */
    public ConcurrentEditException(String what, String changedBy) {
        super(UserText.of("concurrentEdit", changedBy, what));
    }

    public ConcurrentEditException(String what, String changedBy, Instant changedAt) {
        super(UserText.of("concurrentEdit.at", changedBy, what, HelplineTime.timeAndDay(changedAt)));
    }
}
