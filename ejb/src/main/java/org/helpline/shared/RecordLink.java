package org.helpline.shared;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the domain hands the web layer when something should open a record: its kind and id, never a page's
 * address. A kind that names a record always has an id here, and one that does not never has.
 */
public record RecordLink(RecordKind kind, Long id) implements Serializable {

    public RecordLink {
        Objects.requireNonNull(kind, "kind");
        if (kind.hasId() != (id != null)) {
            throw new IllegalArgumentException(kind + (kind.hasId() ? " needs an id" : " takes no id"));
        }
    }

    public static RecordLink toCase(long id) {
        return new RecordLink(RecordKind.CASE, id);
    }

    public static RecordLink toFollowUp(long id) {
        return new RecordLink(RecordKind.FOLLOW_UP, id);
    }

    /** A link to a place of a kind with no id, such as {@link RecordKind#MY_REVIEWS}. */
    public static RecordLink to(RecordKind kind) {
        return new RecordLink(kind, null);
    }
}
