package org.helpline.email;

/**
 * Whether an enquiry's words suggest a risk: none found; suggested (words from the admins' list found, for an
 * adviser to confirm or dismiss); confirmed (logged as a contact with the risk, which alerts supervisors as a
 * call does); or dismissed, with the adviser's reason.
 */
public enum RiskState {
    NONE("No risk words"),
    SUGGESTED("Risk suggested"),
    CONFIRMED("Risk confirmed"),
    DISMISSED("Risk dismissed");

    private final String label;

    RiskState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the enquiry goes to the top of the queue. */
    public boolean urgent() {
        return this == SUGGESTED || this == CONFIRMED;
    }
}
