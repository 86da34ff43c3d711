package org.helpline.shared;

/**
 * What a {@link RecordLink} points at: a record of one kind, named by its id, or one of the few places that
 * belong to whoever follows the link and need no id. The web layer decides which page shows each.
 */
public enum RecordKind {

    CASE(true),
    FOLLOW_UP(true),
    /** The reviews of your own contacts, with the feedback supervisors left. */
    MY_REVIEWS(false),
    /** Your own work: what is due and what you logged today. */
    MY_WORK(false);

    private final boolean hasId;

    RecordKind(boolean hasId) {
        this.hasId = hasId;
    }

    /** Whether a link of this kind names one record, by its id. */
    public boolean hasId() {
        return hasId;
    }
}
