package org.helpline.calls;

import java.io.Serializable;

import jakarta.json.JsonObject;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.NaturalIdCache;

import org.helpline.shared.persistence.ReferenceItem;

/** What came of a contact, as the adviser records it when they finish. */
@Entity
@Table(name = "outcome")
@Cacheable
@NaturalIdCache
public class Outcome extends ReferenceItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_seq")
    @SequenceGenerator(name = "outcome_seq", sequenceName = "outcome_seq", allocationSize = 50)
    private Long id;

    protected Outcome() {
    }

    public Outcome(String code, String label, String description, int sortOrder) {
        super(code, label, description, sortOrder);
    }

    static Outcome fromSeed(JsonObject record, int sortOrder) {
        return new Outcome(record.getString("code"), record.getString("label"),
                record.getString("description", null), sortOrder);
    }

    @Override
    public Long getId() {
        return id;
    }
}
