package org.helpline.callers;

/** The caller's type of MS, as they describe it. */
public enum MsType {
    RELAPSING_REMITTING("Relapsing-remitting"),
    SECONDARY_PROGRESSIVE("Secondary progressive"),
    PRIMARY_PROGRESSIVE("Primary progressive"),
    NOT_YET_DIAGNOSED("Not yet diagnosed"),
    UNKNOWN("Unknown");

    private final String label;

    MsType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
