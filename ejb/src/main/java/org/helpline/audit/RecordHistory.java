package org.helpline.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A record's history, oldest change first: what each change set did to it, when, and who made it. */
public record RecordHistory(AuditedRecord record, long id, List<Revision> revisions) implements Serializable {

    /** One change set as it touched the record: added, changed or removed, and the fields that changed. */
    public record Revision(long number, Instant at, String username, String kind, List<FieldChange> changes)
            implements Serializable {
    }

    /** A field's value before and after; "" for none. */
    public record FieldChange(String field, String before, String after) implements Serializable {
    }
}
