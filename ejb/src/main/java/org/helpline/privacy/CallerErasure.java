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

/** That a caller's identifying data was erased on request: when, by whom and why. */
@Entity
@Immutable
@Table(name = "caller_erasure")
public class CallerErasure {

    static final int REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caller_erasure_seq")
    @SequenceGenerator(name = "caller_erasure_seq", sequenceName = "caller_erasure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "caller_id", nullable = false, updatable = false, unique = true)
    private long callerId;

    @Column(name = "erased_at", nullable = false, updatable = false)
    private Instant erasedAt;

    @Column(name = "erased_by", nullable = false, length = 60, updatable = false)
    private String erasedBy;

    @Column(nullable = false, length = REASON_MAX, updatable = false)
    private String reason;

    protected CallerErasure() {
    }

    CallerErasure(long callerId, Instant erasedAt, String erasedBy, String reason) {
        this.callerId = callerId;
        this.erasedAt = erasedAt;
        this.erasedBy = erasedBy;
        this.reason = reason;
    }

    public long getCallerId() {
        return callerId;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    public String getReason() {
        return reason;
    }
}
