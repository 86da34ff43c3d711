package org.helpline.cases;

import java.time.Instant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Hands out case numbers from a database sequence, so two servers never give out the same one. */
@Dependent
public class CaseNumbers {

    @PersistenceContext
    EntityManager em;

    /** The next number, for a case dated {@code datedAt} (see {@link Case#open}). */
    public String next(Instant datedAt) {
        Number next = (Number) em.createNativeQuery("select nextval('case_number_seq')").getSingleResult();
        return Case.number(datedAt, next.longValue());
    }
}
