package org.helpline.calls;

/** Whether the caller contacted us or we contacted them (a callback, say). */
public enum Direction {
    INBOUND("Inbound"),
    OUTBOUND("Outbound");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
