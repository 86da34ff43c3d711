package org.helpline.safeguarding;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerRecord;
import org.helpline.calls.Contact;
import org.helpline.security.UserAccount;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * A risk an adviser raised on a contact. When the contact has a caller, the flag shows on that caller
 * (in look-ups and on later contacts) until it expires.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "risk_flag")
public class RiskFlag implements Serializable, CallerRecord {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_flag_seq")
    @SequenceGenerator(name = "risk_flag_seq", sequenceName = "risk_flag_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RiskKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RiskLevel level;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "caller_id")
    private Caller caller;

    @ManyToOne(optional = false)
    @JoinColumn(name = "raised_by_id")
    private UserAccount raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    /** When a supervisor lifted the flag before it expired; null while it stands. */
    @Column(name = "lifted_at")
    private Instant liftedAt;

    @ManyToOne
    @JoinColumn(name = "lifted_by_id")
    private UserAccount liftedBy;

    @Column(name = "lift_reason", length = 2000)
    private String liftReason;

    @Version
    private long version;

    protected RiskFlag() {
    }

    public RiskFlag(RiskKind kind, RiskLevel level, LocalDate expiresOn, Contact contact, UserAccount raisedBy,
            Instant now, LocalDate today) {
        if (expiresOn != null && !expiresOn.isAfter(today)) {
            throw new InvalidInputException("riskExpiry", UserText.of("risk.expiry.future"));
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.level = Objects.requireNonNull(level, "level");
        this.expiresOn = expiresOn;
        this.contact = Objects.requireNonNull(contact, "contact");
        this.caller = contact.getCaller();
        this.raisedBy = Objects.requireNonNull(raisedBy, "raisedBy");
        this.raisedAt = now;
    }

    /** Whether the flag stands on {@code day}: not lifted, and not expired by then. */
    public boolean isActiveOn(LocalDate day) {
        return liftedAt == null && (expiresOn == null || expiresOn.isAfter(day));
    }

    /** Where the flag stands on {@code day}. */
    public State stateOn(LocalDate day) {
        if (liftedAt != null) {
            return State.LIFTED;
        }
        return isActiveOn(day) ? State.ACTIVE : State.EXPIRED;
    }

    /** A flag stands until it expires or a supervisor lifts it; either way it stays on the record. */
    public enum State {
        ACTIVE("Active"), EXPIRED("Expired"), LIFTED("Lifted");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Ends the flag today because the risk has passed, saying why; it stays on the record as lifted. A flag
     * already lifted or expired cannot be lifted.
     */
    public void lift(String reason, UserAccount by, Instant now, LocalDate today, long seenVersion) {
        if (seenVersion != version) {
            throw new org.helpline.shared.ConcurrentEditException(UserText.of("concurrentEdit.riskFlag"),
                    UserText.of("who.someone"));
        }
        if (!isActiveOn(today)) {
            throw new InvalidInputException("flag", UserText.of("risk.lift.notActive",
                    stateOn(today).label().toLowerCase(java.util.Locale.UK)));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("liftReason", UserText.of("risk.lift.reason.required"));
        }
        if (why.length() > 2000) {
            throw new InvalidInputException("liftReason", UserText.of("risk.lift.reason.size"));
        }
        liftedAt = now;
        liftedBy = Objects.requireNonNull(by, "by");
        liftReason = why;
    }

    public boolean isRiskToLife() {
        return kind == RiskKind.RISK_TO_LIFE;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public UserAccount getLiftedBy() {
        return liftedBy;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public RiskKind getKind() {
        return kind;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public Contact getContact() {
        return contact;
    }

    public Caller getCaller() {
        return caller;
    }

    public UserAccount getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
