package org.helpline.safeguarding;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A flagged contact waiting in the supervisors' queue until one of them signs it off. */
@Entity
@Table(name = "safeguarding_alert")
public class SafeguardingAlert {

    /** Whether a supervisor has dealt with it. */
    public enum Status {
        OPEN, SIGNED_OFF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safeguarding_alert_seq")
    @SequenceGenerator(name = "safeguarding_alert_seq", sequenceName = "safeguarding_alert_seq", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "risk_flag_id", unique = true)
    private RiskFlag riskFlag;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Version
    private long version;

    protected SafeguardingAlert() {
    }

    public SafeguardingAlert(RiskFlag riskFlag, Instant now) {
        this.riskFlag = Objects.requireNonNull(riskFlag, "riskFlag");
        this.raisedAt = now;
        this.status = Status.OPEN;
    }

    public Long getId() {
        return id;
    }

    public RiskFlag getRiskFlag() {
        return riskFlag;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Status getStatus() {
        return status;
    }
}
