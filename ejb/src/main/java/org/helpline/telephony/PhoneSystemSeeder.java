package org.helpline.telephony;

import java.time.Instant;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.json.JsonObject;

import org.helpline.security.SecretsAtRest;
import org.helpline.shared.seeds.SeedLedger;
import org.helpline.shared.seeds.Seeder;

/**
 * Creates the demo phone system, from {@code seeds/demo/phone-systems.json}, whose secret the README
 * prints for the phone simulator. Demo mode only: a real phone system's secret is never in a file.
 */
@Dependent
public class PhoneSystemSeeder implements Seeder {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretsAtRest secrets;

    @Override
    public String file() {
        return "demo/phone-systems.json";
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public void apply(JsonObject record, int position, SeedLedger ledger) {
        String code = record.getString("code");
        ledger.once("demo_phone_system", code, () -> em.persist(new PhoneSystem(code, record.getString("name"),
                record.getString("secret"), secrets.cipher(), Instant.now())));
    }
}
