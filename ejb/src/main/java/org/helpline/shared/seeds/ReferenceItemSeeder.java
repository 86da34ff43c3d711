package org.helpline.shared.seeds;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.shared.persistence.ReferenceItem;

/**
 * Seeds a list of {@link ReferenceItem}s from records of the form
 * {@code {"code": "...", "label": "...", "description": "..."}}; the order in the file is the order
 * advisers see.
 */
public abstract class ReferenceItemSeeder implements Seeder {

    @PersistenceContext
    protected EntityManager em;

    /** The ledger kind, e.g. {@code channel}. */
    protected abstract String kind();

    protected abstract ReferenceItem create(JsonObject record, int sortOrder);

    @Override
    public void apply(JsonObject record, int position, SeedLedger ledger) {
        ledger.once(kind(), record.getString("code"), () -> em.persist(create(record, (position + 1) * 10)));
    }
}
