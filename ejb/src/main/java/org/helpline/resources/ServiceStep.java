package org.helpline.resources;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.helpline.followups.FollowUpKind;

/**
 * A step a service asks of the helpline around a referral, such as checking after seven days that the
 * referral arrived, or ringing thirty days after the course ends to ask how it went. Making (or
 * completing) a referral books these as follow-ups.
 */
@Entity
@Table(name = "service_step")
public class ServiceStep implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What starts the clock. */
    public enum Trigger {
        REFERRED, COMPLETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_step_seq")
    @SequenceGenerator(name = "service_step_seq", sequenceName = "service_step_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private SupportService service;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_on", nullable = false, length = 20)
    private Trigger trigger;

    @Column(name = "after_days", nullable = false)
    private int afterDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpKind kind;

    @Column(nullable = false, length = 500)
    private String reason;

    protected ServiceStep() {
    }

    ServiceStep(SupportService service, Trigger trigger, int afterDays, FollowUpKind kind, String reason) {
        if (afterDays < 0 || afterDays > 365) {
            throw new IllegalArgumentException("A step comes 0 to 365 days after its trigger");
        }
        this.service = Objects.requireNonNull(service, "service");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.afterDays = afterDays;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Long getId() {
        return id;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public int getAfterDays() {
        return afterDays;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }
}
