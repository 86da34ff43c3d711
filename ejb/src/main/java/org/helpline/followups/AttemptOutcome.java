package org.helpline.followups;

/** What happened when the adviser tried to do the follow-up. Only reaching the caller completes it. */
public enum AttemptOutcome {
    REACHED("Reached the caller"),
    NO_ANSWER("No answer"),
    VOICEMAIL("Left a voicemail"),
    WRONG_NUMBER("Wrong number");

    private final String label;

    AttemptOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean failed() {
        return this != REACHED;
    }
}
