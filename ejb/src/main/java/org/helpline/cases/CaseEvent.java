package org.helpline.cases;

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

/** One entry in a case's timeline. Entries are only ever added. */
@Entity
@Table(name = "case_event")
public class CaseEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What happened. */
    public enum Kind {
        OPENED, CONTACT, NOTE, STATUS, REOPENED, CLOSED, REASSIGNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case supportCase;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "actor_id")
    private UserAccount actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_from", length = 20)
    private CaseStatus statusFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_to", length = 20)
    private CaseStatus statusTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Column(length = 10_000)
    private String text;

    @ManyToOne
    @JoinColumn(name = "from_owner_id")
    private UserAccount fromOwner;

    @ManyToOne
    @JoinColumn(name = "to_owner_id")
    private UserAccount toOwner;

    protected CaseEvent() {
    }

    CaseEvent(Case supportCase, Kind kind, UserAccount actor, Instant at) {
        this.supportCase = supportCase;
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = at;
    }

    CaseEvent status(CaseStatus from, CaseStatus to) {
        this.statusFrom = from;
        this.statusTo = to;
        return this;
    }

    CaseEvent contact(Contact contact) {
        this.contact = contact;
        return this;
    }

    CaseEvent owners(UserAccount from, UserAccount to) {
        this.fromOwner = from;
        this.toOwner = to;
        return this;
    }

    CaseEvent text(String text) {
        this.text = text;
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

    public CaseStatus getStatusFrom() {
        return statusFrom;
    }

    public CaseStatus getStatusTo() {
        return statusTo;
    }

    public Contact getContact() {
        return contact;
    }

    /** Who had the case before it was reassigned; null for the team queue. */
    public UserAccount getFromOwner() {
        return fromOwner;
    }

    /** Who has it after; null for the team queue. */
    public UserAccount getToOwner() {
        return toOwner;
    }

    public String getText() {
        return text;
    }
}
