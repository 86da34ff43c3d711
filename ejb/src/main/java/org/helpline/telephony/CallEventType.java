package org.helpline.telephony;

/** What a phone system says happened to a call. The last three end a call nobody answered. */
public enum CallEventType {
    RINGING, ANSWERED, ENDED, MISSED, ABANDONED, VOICEMAIL;

    /** Whether this ends a call without anyone answering it. */
    public boolean unanswered() {
        return this == MISSED || this == ABANDONED || this == VOICEMAIL;
    }
}
