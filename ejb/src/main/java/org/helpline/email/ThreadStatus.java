package org.helpline.email;

/** Where an enquiry stands: waiting in the queue, taken by an adviser, answered, or closed without a reply. */
public enum ThreadStatus {
    WAITING("Waiting"),
    TAKEN("Taken"),
    ANSWERED("Answered"),
    CLOSED("Closed");

    private final String label;

    ThreadStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the enquiry is in the queue: someone still owes the correspondent an answer. */
    public boolean inQueue() {
        return this == WAITING || this == TAKEN;
    }
}
