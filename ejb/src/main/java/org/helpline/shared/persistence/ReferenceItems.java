package org.helpline.shared.persistence;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    public <T extends ReferenceItem> List<T> all(Class<T> type) {
        return em.createQuery("select r from " + type.getSimpleName() + " r order by r.sortOrder, r.label", type)
                .getResultList();
    }
}
