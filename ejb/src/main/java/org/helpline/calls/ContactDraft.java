package org.helpline.calls;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.helpline.security.UserAccount;

/**
 * An unsaved contact form, as typed: the form serialised as JSON ({@link ContactDrafts#keep(ContactForm, Instant)}),
 * with the start of the call it is for. It belongs to one adviser and one form
 * (its idempotency key), and goes when that contact is saved or the adviser discards it.
 */
@Entity
@Table(name = "contact_draft")
public class ContactDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_FIELDS = 30_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_draft_seq")
    @SequenceGenerator(name = "contact_draft_seq", sequenceName = "contact_draft_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adviser_id")
    private UserAccount adviser;

    /** The form's key; unique per adviser, as a contact's is. */
    @Column(name = "idempotency_key", nullable = false, length = 64, updatable = false)
    private String idempotencyKey;

    @Column(nullable = false, length = MAX_FIELDS)
    private String fields;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the call this form is for started, as the timer counts it; null for drafts kept before it was held. */
    @Column(name = "call_started_at")
    private Instant callStartedAt;

    protected ContactDraft() {
    }

    ContactDraft(UserAccount adviser, String idempotencyKey, String fields, Instant callStartedAt, Instant now) {
        this.adviser = Objects.requireNonNull(adviser, "adviser");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        keep(fields, callStartedAt, now);
    }

    void keep(String fields, Instant callStartedAt, Instant now) {
        if (fields.length() > MAX_FIELDS) {
            throw new IllegalArgumentException("A draft can hold at most " + MAX_FIELDS + " characters");
        }
        this.fields = fields;
        this.callStartedAt = callStartedAt;
        this.updatedAt = now;
    }

    boolean belongsTo(UserAccount someone) {
        return Objects.equals(adviser.getId(), someone.getId());
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getFields() {
        return fields;
    }

    public Instant getCallStartedAt() {
        return callStartedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
