package org.helpline.topics;

import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.shared.seeds.SeedLedger;
import org.helpline.shared.seeds.Seeder;

/**
 * Seeds the taxonomy from {@code seeds/reference/topics.json}: top-level topics, each with its
 * {@code subtopics}. A subtopic added to the file later is added under its (possibly renamed) parent.
 */
@Dependent
public class TopicSeeder implements Seeder {

    static final String KIND = "topic";

    @PersistenceContext
    EntityManager em;

    @Override
    public String file() {
        return "reference/topics.json";
    }

    @Override
    public void apply(JsonObject record, int position, SeedLedger ledger) {
        String code = record.getString("code");
        ledger.once(KIND, code, () -> em.persist(Topic.topLevel(code, record.getString("label"),
                record.getString("description", null), (position + 1) * 10)));
        var subtopics = record.getJsonArray("subtopics").getValuesAs(JsonObject.class);
        for (int i = 0; i < subtopics.size(); i++) {
            JsonObject sub = subtopics.get(i);
            int order = (i + 1) * 10;
            ledger.once(KIND, sub.getString("code"), () -> findByCode(code).ifPresent(parent -> em.persist(
                    parent.addSubtopic(sub.getString("code"), sub.getString("label"),
                            sub.getString("description", null), order))));
        }
    }

    private Optional<Topic> findByCode(String code) {
        return em.createQuery("select t from Topic t where t.code = :code", Topic.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
