package org.helpline.shared.persistence;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.code = :code and r.active = true",
                type).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException(field, message));
    }

    public <T extends ReferenceItem> List<T> all(Class<T> type) {
        return em.createQuery("select r from " + type.getSimpleName() + " r order by r.sortOrder, r.label", type)
                .getResultList();
    }
}
