package org.helpline.telephony;

import java.io.Serializable;

/**
 * A call answered or ended, for the screen of the adviser who answered it: only the call's id travels,
 * and the page asks {@link Telephony#screenPop} for the rest. Fired as a CDI event; {@link CallFeed}
 * passes it on once committed.
 *
 * @param what {@code answered} or {@code ended}
 * @param username the adviser who answered
 */
public record CallNews(long callId, String what, String username) implements Serializable {

    public static final String ANSWERED = "answered";
    public static final String ENDED = "ended";
}
