package org.helpline.callers;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thing that happened with a caller, for their timeline: a contact, a case's note or change, a step of a
 * follow-up or a referral, or a risk flag. {@code what} says what it was ("Contact · Phone, inbound", "Callback:
 * attempt, no answer"), {@code text} the words written with it; the ids say where to read more (each may be null);
 * {@code key} tells one entry from every other on the timeline.
 */
public record TimelineEntry(
        String key,
        Kind kind,
        Instant at,
        String actor,
        String what,
        String text,
        Long contactId,
        Long caseId,
        Long followUpId,
        Long referralId) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The records a caller's timeline is made of. */
    public enum Kind {
        CONTACT, CASE, FOLLOW_UP, REFERRAL, RISK_FLAG
    }
}
