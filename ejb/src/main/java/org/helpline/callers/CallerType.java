package org.helpline.callers;

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

/** Who is calling in relation to MS: a person with MS, a carer, family, a professional... */
@Entity
@Table(name = "caller_type")
@Cacheable
@NaturalIdCache
public class CallerType extends ReferenceItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caller_type_seq")
    @SequenceGenerator(name = "caller_type_seq", sequenceName = "caller_type_seq", allocationSize = 50)
    private Long id;

    protected CallerType() {
    }

    public CallerType(String code, String label, String description, int sortOrder) {
        super(code, label, description, sortOrder);
    }

    static CallerType fromSeed(JsonObject record, int sortOrder) {
        return new CallerType(record.getString("code"), record.getString("label"),
                record.getString("description", null), sortOrder);
    }

    @Override
    public Long getId() {
        return id;
    }
}
