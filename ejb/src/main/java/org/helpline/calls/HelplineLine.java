package org.helpline.calls;

import java.io.Serializable;

import jakarta.json.JsonObject;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.NaturalIdCache;

import org.helpline.shared.persistence.ReferenceItem;

/**
 * A line the helpline answers, such as the main freephone information line or the nurse line. Reports
 * are split by line, and advisers see which line a call came in on.
 */
@Entity
@Table(name = "helpline_line")
@Cacheable
@NaturalIdCache
public class HelplineLine extends ReferenceItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "helpline_line_seq")
    @SequenceGenerator(name = "helpline_line_seq", sequenceName = "helpline_line_seq", allocationSize = 50)
    private Long id;

    @Column(name = "phone_number", length = 40)
    private String phoneNumber;

    protected HelplineLine() {
    }

    public HelplineLine(String code, String label, String phoneNumber, String description, int sortOrder) {
        super(code, label, description, sortOrder);
        this.phoneNumber = phoneNumber;
    }

    static HelplineLine fromSeed(JsonObject record, int sortOrder) {
        return new HelplineLine(record.getString("code"), record.getString("label"),
                record.getString("phoneNumber", null), record.getString("description", null), sortOrder);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }
}
