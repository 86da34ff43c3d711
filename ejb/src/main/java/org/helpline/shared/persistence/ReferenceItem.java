package org.helpline.shared.persistence;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.annotations.NaturalId;

/**
 * The shape shared by the short lists advisers pick from (channels, caller types, outcomes): a stable
 * code that seeds and reports key on, a label people read, and retirement instead of deletion so old
 * records keep their meaning.
 */
@MappedSuperclass
public abstract class ReferenceItem {

    /** Looked up by, through the second-level cache's natural-id region ({@link ReferenceItems#require}). */
    @NaturalId
    @Column(nullable = false, length = 60, unique = true, updatable = false)
    private String code;

    @Column(nullable = false, length = 120)
    private String label;

    @Column(length = 1000)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected ReferenceItem() {
    }

    protected ReferenceItem(String code, String label, String description, int sortOrder) {
        this.code = Objects.requireNonNull(code, "code");
        this.label = Objects.requireNonNull(label, "label");
        this.description = description;
        this.sortOrder = sortOrder;
    }

    public abstract Long getId();

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public void rename(String newLabel, String newDescription) {
        this.label = Objects.requireNonNull(newLabel, "label");
        this.description = newDescription;
    }

    public void retire() {
        this.active = false;
    }

    public void reinstate() {
        this.active = true;
    }
}
