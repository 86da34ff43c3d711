package org.helpline.telephony;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the contact form needs about a call the adviser answered: the line it came in on (its code, null
 * if Helpline has no line with that number), when the conversation started, the caller's number (null
 * when withheld or unknown) and, once the call has ended, how long it took.
 */
public record ScreenPop(long callId, String lineCode, Instant startedAt, String callerNumber, boolean withheld,
        Integer durationSeconds) implements Serializable {

    public boolean ended() {
        return durationSeconds != null;
    }
}
