package org.helpline.telephony;

/** Where a call stands, worked out from what the phone system has said so far. */
public enum CallOutcome {
    IN_PROGRESS("Ringing"),
    ANSWERED("Answered"),
    COMPLETED("Completed"),
    MISSED("Missed"),
    ABANDONED("Caller hung up"),
    VOICEMAIL("Voicemail");

    private final String label;

    CallOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether nobody answered it: a call to ring back. */
    public boolean unanswered() {
        return this == MISSED || this == ABANDONED || this == VOICEMAIL;
    }
}
