package org.helpline.shared.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.helpline.security.UserAccount;
import org.helpline.shared.ConcurrentEditException;

/**
 * A record advisers edit: optimistic locking, and who changed it last, so that a second adviser saving
 * a stale copy is told who got there first instead of silently overwriting their work.
 */
@MappedSuperclass
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public abstract class Tracked {

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by_id", nullable = false)
    private UserAccount updatedBy;

    protected void touch(UserAccount by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Refuses a change made to a copy older than this record. */
    public void checkVersion(long expected) {
        if (expected != version) {
            throw new ConcurrentEditException(describe(), updatedBy.getDisplayName(), updatedAt);
        }
    }

    /** What the record is called in messages, e.g. "case HL-2026-000123", from {@link org.helpline.shared.UserText}. */
    protected abstract String describe();

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UserAccount getUpdatedBy() {
        return updatedBy;
    }
}
