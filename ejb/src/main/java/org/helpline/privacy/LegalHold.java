package org.helpline.privacy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A caller whose records must be kept whatever the retention period: placed by an admin, with why. */
@Entity
@Immutable
@Table(name = "legal_hold")
public class LegalHold {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_hold_seq")
    @SequenceGenerator(name = "legal_hold_seq", sequenceName = "legal_hold_seq", allocationSize = 50)
    private Long id;

    @Column(name = "caller_id", nullable = false, updatable = false, unique = true)
    private long callerId;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "placed_by", nullable = false, length = 60, updatable = false)
    private String placedBy;

    @Column(nullable = false, length = CallerErasure.REASON_MAX, updatable = false)
    private String reason;

    protected LegalHold() {
    }

    LegalHold(long callerId, Instant placedAt, String placedBy, String reason) {
        this.callerId = callerId;
        this.placedAt = placedAt;
        this.placedBy = placedBy;
        this.reason = reason;
    }

    public long getCallerId() {
        return callerId;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public String getReason() {
        return reason;
    }
}
