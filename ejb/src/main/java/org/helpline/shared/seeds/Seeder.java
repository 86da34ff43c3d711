package org.helpline.shared.seeds;

import jakarta.json.JsonObject;

/**
 * Applies the records of one seed file. A domain adds its reference data by adding a CDI bean of this
 * type; the loader finds it, reads the file and hands over each record in file order.
 */
public interface Seeder {

    /** The file under {@code seeds/}, e.g. {@code reference/topics.json}: a JSON array of objects. */
    String file();

    /** Applies the record at {@code position} (0-based) in its file, creating through {@link SeedLedger#once} so that it happens one time only. */
    void apply(JsonObject record, int position, SeedLedger ledger);

    /**
     * Lower runs first among reference seeders, and among demo seeders (which all run after reference
     * data); a seeder that refers to another's records runs after it.
     */
    default int order() {
        return 100;
    }

    /** Demo data is applied only when the server runs in demo mode (see {@link DemoMode}). */
    default boolean demo() {
        return false;
    }
}
