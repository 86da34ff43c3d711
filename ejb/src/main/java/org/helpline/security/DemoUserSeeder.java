package org.helpline.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.helpline.shared.seeds.SeedLedger;
import org.helpline.shared.seeds.Seeder;

/** Creates the fictional staff of demo mode, from {@code seeds/demo/users.json}. */
@Dependent
public class DemoUserSeeder implements Seeder {

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Override
    public String file() {
        return "demo/users.json";
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void apply(JsonObject record, int position, SeedLedger ledger) {
        String username = UsernamePolicy.normalise(record.getString("username"));
        ledger.once("demo_user", username, () -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            record.getJsonArray("roles").getValuesAs(JsonString.class)
                    .forEach(r -> roles.add(Role.valueOf(r.getString())));
            UserAccount account = new UserAccount(username, record.getString("displayName"),
                    record.getString("email", null), hasher.hash(record.getString("password").toCharArray()),
                    roles, Instant.now());
            account.assignExtension(record.getString("extension", null));
            accounts.add(account);
        });
    }
}
