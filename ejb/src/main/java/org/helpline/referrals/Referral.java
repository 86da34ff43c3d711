package org.helpline.referrals;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerRecord;
import org.helpline.calls.Contact;
import org.helpline.cases.Case;
import org.helpline.resources.SupportService;
import org.helpline.security.UserAccount;
import org.helpline.shared.UserText;
import org.helpline.shared.persistence.Tracked;

/**
 * A caller referred to a service, with their consent. The entity allows only the moves {@link
 * ReferralStatus} lists, dates each one, and needs the outcome to complete.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "referral")
public class Referral extends Tracked implements Serializable, CallerRecord {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_id")
    private SupportService service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "caller_id")
    private Caller caller;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case supportCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status;

    @Column(name = "consent_given_at", nullable = false)
    private Instant consentGivenAt;

    @Column(length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ReferralOutcome outcome;

    @Column(name = "outcome_note", length = 2000)
    private String outcomeNote;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referred_by_id")
    private UserAccount referredBy;

    @Column(name = "referred_at", nullable = false, updatable = false)
    private Instant referredAt;

    /**
     * When the referral counts as made in the monthly report: the start of the contact it was made about,
     * else when it was made (from a case or the caller's page).
     */
    @Column(name = "dated_at", nullable = false, updatable = false)
    private Instant datedAt;

    @NotAudited
    @OneToMany(mappedBy = "referral", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt desc, id desc")
    private List<ReferralEvent> history = new ArrayList<>();

    protected Referral() {
    }

    /** Refers the caller; {@code sent} when the referral goes to the service now, else it is only proposed. */
    public static Referral make(SupportService service, Caller caller, Contact contact, Case supportCase,
            boolean consentGiven, boolean sent, String note, UserAccount by, Instant now) {
        if (service == null) {
            throw new ReferralException("service", UserText.of("referral.service.required"));
        }
        if (!service.isReferrable()) {
            throw new ReferralException("service", UserText.of("referral.service.closed", service.getName(),
                    service.getStatus().label().toLowerCase()));
        }
        if (caller == null) {
            throw new ReferralException("caller", UserText.of("referral.caller.required"));
        }
        if (!consentGiven) {
            throw new ReferralException("consent", UserText.of("referral.consent.service", service.getName()));
        }
        Referral referral = new Referral();
        referral.service = service;
        referral.caller = caller;
        referral.contact = contact;
        referral.supportCase = supportCase;
        referral.consentGivenAt = now;
        referral.note = note == null || note.isBlank() ? null : note.strip();
        referral.referredBy = Objects.requireNonNull(by, "by");
        referral.referredAt = now;
        referral.datedAt = contact == null ? now : contact.getStartedAt();
        referral.status = ReferralStatus.PROPOSED;
        referral.history.add(new ReferralEvent(referral, null, ReferralStatus.PROPOSED, note, by, now));
        if (sent) {
            referral.moveTo(ReferralStatus.SENT, null, by, now);
        }
        referral.touch(by, now);
        return referral;
    }

    /** An allowed move other than completing, which needs the outcome. */
    public void moveTo(ReferralStatus target, String why, UserAccount by, Instant now) {
        if (target == ReferralStatus.COMPLETED) {
            throw new ReferralException("status", UserText.of("referral.complete.outcome.status"));
        }
        change(target, why, by, now);
    }

    public void complete(ReferralOutcome result, String resultNote, UserAccount by, Instant now) {
        if (result == null) {
            throw new ReferralException("outcome", UserText.of("referral.outcome.required"));
        }
        change(ReferralStatus.COMPLETED, resultNote, by, now);
        outcome = result;
        outcomeNote = resultNote == null || resultNote.isBlank() ? null : resultNote.strip();
    }

    private void change(ReferralStatus target, String why, UserAccount by, Instant now) {
        if (!status.next().contains(target)) {
            throw ReferralException.conflict("status", UserText.of("referral.status.move", status.label().toLowerCase(),
                    target.label().toLowerCase()));
        }
        history.add(new ReferralEvent(this, status, target, why, by, now));
        status = target;
        touch(by, now);
    }

    @Override
    protected String describe() {
        return UserText.of("concurrentEdit.referral");
    }

    public Long getId() {
        return id;
    }

    public SupportService getService() {
        return service;
    }

    public Caller getCaller() {
        return caller;
    }

    public Contact getContact() {
        return contact;
    }

    public Case getSupportCase() {
        return supportCase;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public String getNote() {
        return note;
    }

    public ReferralOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public UserAccount getReferredBy() {
        return referredBy;
    }

    /** When this counts in the monthly report (see the field). */
    public Instant getDatedAt() {
        return datedAt;
    }

    public Instant getReferredAt() {
        return referredAt;
    }

    /** Newest first. */
    public List<ReferralEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
