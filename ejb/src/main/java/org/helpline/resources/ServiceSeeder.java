package org.helpline.resources;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.followups.FollowUpKind;
import org.helpline.shared.seeds.SeedLedger;
import org.helpline.shared.seeds.Seeder;
import org.helpline.topics.Topic;

/** Seeds the resource directory from {@code seeds/reference/services.json}, after the topics. */
@Dependent
public class ServiceSeeder implements Seeder {

    @PersistenceContext
    EntityManager em;

    @Override
    public String file() {
        return "reference/services.json";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void apply(JsonObject record, int position, SeedLedger ledger) {
        ledger.once("support_service", record.getString("code"), () -> {
            JsonObject org = record.getJsonObject("organisation");
            Organisation organisation = em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                    .setParameter("code", org.getString("code")).getResultStream().findFirst().orElseGet(() -> {
                        Organisation created = new Organisation(org.getString("code"), org.getString("name"),
                                org.getString("description", null), org.getString("website", null));
                        em.persist(created);
                        return created;
                    });
            Set<Topic> topics = new LinkedHashSet<>();
            for (JsonString code : record.getJsonArray("topics").getValuesAs(JsonString.class)) {
                em.createQuery("select t from Topic t where t.code = :code", Topic.class)
                        .setParameter("code", code.getString()).getResultStream().findFirst().ifPresent(topics::add);
            }
            SupportService service = new SupportService(record.getString("code"), organisation, record.getString("name"),
                    record.getString("description"), record.getString("areasCovered"), Instant.now())
                    .reachedBy(record.getString("phone", null), record.getString("email", null),
                            record.getString("website", null), record.getString("howToRefer", null),
                            record.getString("eligibility", null), record.getString("cost", null))
                    .about(topics, record.getBoolean("crisisLine", false));
            em.persist(service);
        });
        // Steps have keys of their own, so a step added to the file later reaches databases seeded earlier.
        if (record.containsKey("steps")) {
            for (JsonObject step : record.getJsonArray("steps").getValuesAs(JsonObject.class)) {
                String key = record.getString("code") + ":" + step.getString("after") + ":" + step.getInt("days");
                ledger.once("service_step", key, () -> em.createQuery(
                        "select s from SupportService s where s.code = :code", SupportService.class)
                        .setParameter("code", record.getString("code")).getResultStream().findFirst()
                        .ifPresent(service -> service.withStep(ServiceStep.Trigger.valueOf(step.getString("after")),
                                step.getInt("days"), FollowUpKind.valueOf(step.getString("kind")),
                                step.getString("reason"))));
            }
        }
    }
}
