package org.helpline.shared.persistence;

import jakarta.persistence.EntityManager;

import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Query plans that depend on the values searched for.
 *
 * <p>PostgreSQL plans a prepared statement once for any values ("generic plan") after a few runs, when that
 * looks as cheap as planning each time. For a search that is wrong: a common word is best found by reading
 * the newest contacts until twenty match, a rare one from the full-text index, and a generic plan picks one
 * of the two for every word (the load benchmark saw a rare word take 26 seconds reading every contact).
 */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** For the rest of the current transaction, plans each statement for the values it is given (PostgreSQL only). */
    public static void forTheseValues(EntityManager em) {
        var factory = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        if (factory.getJdbcServices().getDialect() instanceof PostgreSQLDialect) {
            em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
        }
    }
}
