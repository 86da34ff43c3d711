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
 * An unsaved contact form, as typed: the form's fields as JSON. It belongs to one adviser and one form
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

    protected ContactDraft() {
    }

    ContactDraft(UserAccount adviser, String idempotencyKey, String fields, Instant now) {
        this.adviser = Objects.requireNonNull(adviser, "adviser");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        keep(fields, now);
    }

    void keep(String fields, Instant now) {
        if (fields.length() > MAX_FIELDS) {
            throw new IllegalArgumentException("A draft can hold at most " + MAX_FIELDS + " characters");
        }
        this.fields = fields;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
