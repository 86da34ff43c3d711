package org.helpline.shared.seeds;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.Roles;
import org.helpline.shared.cluster.ServerLock;

/**
 * Applies every seed file at start-up, in one transaction: reference data always, demo data only in
 * demo mode and after all reference data, since it refers to it. One server at a time applies them. Logs counts only; seed files may hold demo callers' details.
 */
@Singleton
@Startup
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

    @Inject
    @Any
    Instance<Seeder> seeders;

    @Inject
    SeedLedger ledger;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void atStartup() {
        apply();
    }

    /**
     * Applies whatever in the seed files has not been applied yet; safe to repeat.
     *
     * @return how many records were new
     */
    @RolesAllowed(Roles.ADMIN)
    public int apply() {
        // Servers of a cluster that start together take turns: the second waits here for the first to
        // commit, then finds the records applied.
        em.find(ServerLock.class, ServerLock.SEEDS, LockModeType.PESSIMISTIC_WRITE);
        int appliedBefore = ledger.appliedCount();
        boolean demo = DemoMode.enabled();
        List<Seeder> toApply = seeders.stream()
                .filter(s -> demo || !s.demo())
                .sorted(Comparator.comparing(Seeder::demo).thenComparingInt(Seeder::order).thenComparing(Seeder::file))
                .toList();
        for (Seeder seeder : toApply) {
            int before = ledger.appliedCount();
            List<JsonObject> records = SeedFiles.read(seeder.file()).getValuesAs(JsonObject.class);
            for (int i = 0; i < records.size(); i++) {
                seeder.apply(records.get(i), i, ledger);
            }
            int added = ledger.appliedCount() - before;
            LOG.info(() -> "Seed file " + seeder.file() + ": " + added + " new records");
        }
        return ledger.appliedCount() - appliedBefore;
    }
}
