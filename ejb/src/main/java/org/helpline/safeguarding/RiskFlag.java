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

    @Version
    private long version;

    protected RiskFlag() {
    }

    public RiskFlag(RiskKind kind, RiskLevel level, LocalDate expiresOn, Contact contact, UserAccount raisedBy,
            Instant now, LocalDate today) {
        if (expiresOn != null && !expiresOn.isAfter(today)) {
            throw new InvalidInputException("riskExpiry", "A risk flag's expiry must be after today");
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.level = Objects.requireNonNull(level, "level");
        this.expiresOn = expiresOn;
        this.contact = Objects.requireNonNull(contact, "contact");
        this.caller = contact.getCaller();
        this.raisedBy = Objects.requireNonNull(raisedBy, "raisedBy");
        this.raisedAt = now;
    }

    public boolean isActiveOn(LocalDate day) {
        return expiresOn == null || expiresOn.isAfter(day);
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
