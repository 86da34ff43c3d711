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

/** How a contact reached us: phone, email, web chat, letter, in person or social media. */
@Entity
@Table(name = "channel")
@Cacheable
@NaturalIdCache
public class Channel extends ReferenceItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channel_seq")
    @SequenceGenerator(name = "channel_seq", sequenceName = "channel_seq", allocationSize = 50)
    private Long id;

    protected Channel() {
    }

    public Channel(String code, String label, String description, int sortOrder) {
        super(code, label, description, sortOrder);
    }

    static Channel fromSeed(JsonObject record, int sortOrder) {
        return new Channel(record.getString("code"), record.getString("label"),
                record.getString("description", null), sortOrder);
    }

    @Override
    public Long getId() {
        return id;
    }
}
