package org.helpline.shared.seeds;

import java.time.Instant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Remembers which seed records have been applied, keyed by kind and stable code. */
@Dependent
public class SeedLedger {

    @PersistenceContext
    EntityManager em;

    private int applied;

    /**
     * Runs {@code create} if the record {@code kind/code} has never been applied, and records it.
     *
     * @return whether it ran
     */
    public boolean once(String kind, String code, Runnable create) {
        if (em.find(SeedRecord.class, new SeedRecord.Key(kind, code)) != null) {
            return false;
        }
        create.run();
        em.persist(new SeedRecord(kind, code, Instant.now()));
        applied++;
        return true;
    }

    /** How many records this ledger has applied so far. */
    public int appliedCount() {
        return applied;
    }
}
