package org.helpline.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;

/**
 * A topic callers raise. Top-level topics group subtopics; the taxonomy is two levels deep, so a
 * subtopic cannot have subtopics of its own.
 */
@Entity
@Table(name = "topic")
@Cacheable
@NaturalIdCache
public class Topic implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    private Long id;

    @NaturalId
    @Column(nullable = false, length = 120, unique = true, updatable = false)
    private String code;

    @Column(nullable = false, length = 160)
    private String label;

    @Column(length = 1000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Topic parent;

    @OneToMany(mappedBy = "parent")
    @OrderBy("sortOrder, label")
    private List<Topic> subtopics = new ArrayList<>();

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Topic() {
    }

    private Topic(String code, String label, String description, Topic parent, int sortOrder) {
        this.code = Objects.requireNonNull(code, "code");
        this.label = Objects.requireNonNull(label, "label");
        this.description = description;
        this.parent = parent;
        this.sortOrder = sortOrder;
    }

    public static Topic topLevel(String code, String label, String description, int sortOrder) {
        return new Topic(code, label, description, null, sortOrder);
    }

    /** Adds a subtopic under this top-level topic. */
    public Topic addSubtopic(String code, String label, String description, int sortOrder) {
        if (parent != null) {
            throw new IllegalStateException("Topics are two levels deep; " + this.code + " is already a subtopic");
        }
        Topic child = new Topic(code, label, description, this, sortOrder);
        subtopics.add(child);
        return child;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    public Topic getParent() {
        return parent;
    }

    public boolean isTopLevel() {
        return parent == null;
    }

    public List<Topic> getSubtopics() {
        return Collections.unmodifiableList(subtopics);
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

    public void retire() {
        active = false;
    }
}
