package org.helpline.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. A case is opened, worked on, may wait for the caller, and is closed; a closed
 * case can only be reopened, with a reason, and goes back to in progress.
 */
public enum CaseStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    AWAITING_CALLER("Awaiting caller"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses a case may move to from this one by an ordinary change (not reopening). */
    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, AWAITING_CALLER, CLOSED);
            case IN_PROGRESS -> EnumSet.of(AWAITING_CALLER, CLOSED);
            case AWAITING_CALLER -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
