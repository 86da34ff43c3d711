package org.helpline.followups;

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

import org.helpline.calls.Contact;
import org.helpline.security.UserAccount;

/** One entry in a follow-up's history: booked, claimed, handed over, attempted, escalated, done. */
@Entity
@Table(name = "follow_up_event")
public class FollowUpEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What happened. */
    public enum Kind {
        BOOKED("Booked"),
        CLAIMED("Claimed"),
        REASSIGNED("Handed over"),
        ATTEMPT("Attempt:"),
        ESCALATED("Escalated to supervisors"),
        COMPLETED("Done"),
        CANCELLED("Cancelled");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_event_seq")
    @SequenceGenerator(name = "follow_up_event_seq", sequenceName = "follow_up_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "follow_up_id")
    private FollowUp followUp;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Null when the scheduler did it. */
    @ManyToOne
    @JoinColumn(name = "actor_id")
    private UserAccount actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AttemptOutcome attempt;

    @ManyToOne
    @JoinColumn(name = "from_owner_id")
    private UserAccount fromOwner;

    @ManyToOne
    @JoinColumn(name = "to_owner_id")
    private UserAccount toOwner;

    @Column(length = 2000)
    private String text;

    /** The contact that did it: a follow-up done by a call the adviser logged (its attempt and its completion). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    protected FollowUpEvent() {
    }

    FollowUpEvent(FollowUp followUp, Kind kind, UserAccount actor, Instant at) {
        this.followUp = followUp;
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = at;
    }

    FollowUpEvent attempt(AttemptOutcome outcome) {
        this.attempt = outcome;
        return this;
    }

    FollowUpEvent owners(UserAccount from, UserAccount to) {
        this.fromOwner = from;
        this.toOwner = to;
        return this;
    }

    FollowUpEvent text(String text) {
        this.text = text == null || text.isBlank() ? null : text.strip();
        return this;
    }

    FollowUpEvent contact(Contact by) {
        this.contact = by;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public UserAccount getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public AttemptOutcome getAttempt() {
        return attempt;
    }

    public UserAccount getFromOwner() {
        return fromOwner;
    }

    public UserAccount getToOwner() {
        return toOwner;
    }

    public String getText() {
        return text;
    }

    /** The logged contact that did this (see {@link FollowUp#doneByCall}), or null. */
    public Contact getContact() {
        return contact;
    }

    /** Whether this is the completion of a follow-up done by a call, as its history shows it. */
    public boolean isDoneByCall() {
        return kind == Kind.COMPLETED && contact != null;
    }
}
