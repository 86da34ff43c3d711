package org.helpline.audit;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One line of the access log: someone opened a record, or was refused. Written once and never changed
 * ({@link Immutable}: Hibernate will not update it, and on PostgreSQL a trigger refuses it too). The
 * detail is a page path or a reason, never what the record says.
 */
@Entity
@Immutable
@Table(name = "access_log")
public class AccessEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What happened. */
    public enum Action {
        VIEWED("Viewed"),
        LISTED("Shown in a list"),
        EXPORTED("Exported"),
        ERASED("Erased"),
        REFUSED("Refused");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final int DETAIL_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
    @SequenceGenerator(name = "access_log_seq", sequenceName = "access_log_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 60, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Action action;

    @Column(name = "record_type", nullable = false, length = 30, updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(name = "caller_id", updatable = false)
    private Long callerId;

    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    protected AccessEntry() {
    }

    AccessEntry(Instant at, String username, Action action, String recordType, Long recordId, Long callerId,
            String detail) {
        this.at = at;
        this.username = username;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.callerId = callerId;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public Action getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getCallerId() {
        return callerId;
    }

    public String getDetail() {
        return detail;
    }
}
