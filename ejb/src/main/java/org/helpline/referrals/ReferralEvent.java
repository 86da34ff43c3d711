package org.helpline.referrals;

import java.io.Serializable;
import java.time.Instant;

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

import org.helpline.security.UserAccount;

/** One dated step of a referral, and who took it. */
@Entity
@Table(name = "referral_event")
public class ReferralEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_event_seq")
    @SequenceGenerator(name = "referral_event_seq", sequenceName = "referral_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "actor_id")
    private UserAccount actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_from", length = 20)
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_to", nullable = false, length = 20)
    private ReferralStatus to;

    @Column(length = 2000)
    private String note;

    protected ReferralEvent() {
    }

    ReferralEvent(Referral referral, ReferralStatus from, ReferralStatus to, String note, UserAccount actor, Instant at) {
        this.referral = referral;
        this.from = from;
        this.to = to;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.actor = actor;
        this.occurredAt = at;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public UserAccount getActor() {
        return actor;
    }

    public ReferralStatus getFrom() {
        return from;
    }

    public ReferralStatus getTo() {
        return to;
    }

    public String getNote() {
        return note;
    }
}
