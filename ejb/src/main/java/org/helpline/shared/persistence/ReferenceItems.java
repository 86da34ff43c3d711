package org.helpline.shared.persistence;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

import org.helpline.shared.InvalidInputException;

/** Reads any list of {@link ReferenceItem}s in the order advisers see them. */
@Dependent
public class ReferenceItems {

    @PersistenceContext
    EntityManager em;

    public <T extends ReferenceItem> List<T> active(Class<T> type) {
        return em.createQuery("select r from " + type.getSimpleName()
                + " r where r.active = true order by r.sortOrder, r.label", type)
                .getResultList();
    }

    /** The active item with this code, or the named field's "choose one" message. */
    public <T extends ReferenceItem> T require(Class<T> type, String code, String field, String message) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        T item = byCode(em, type, code);
        if (item == null || !item.isActive()) {
            throw new InvalidInputException(field, message);
        }
        return item;
    }

    /**
     * The item of {@code type} with {@code code}, active or not, or null: by its natural id, which the
     * second-level cache answers without a query once it has seen it (and without the flush a query inside a
     * save's transaction makes Hibernate check for first). Reference data changes only through its entities,
     * so the cache follows every change.
     */
    public static <T> T byCode(EntityManager em, Class<T> type, String code) {
        return em.unwrap(Session.class).bySimpleNaturalId(type).load(code);
    }

    public <T extends ReferenceItem> List<T> all(Class<T> type) {
        return em.createQuery("select r from " + type.getSimpleName() + " r order by r.sortOrder, r.label", type)
                .getResultList();
    }
}
