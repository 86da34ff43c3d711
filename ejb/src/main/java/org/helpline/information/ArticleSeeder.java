package org.helpline.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.shared.seeds.SeedLedger;
import org.helpline.shared.seeds.Seeder;
import org.helpline.topics.Topic;

/**
 * Seeds vetted information from {@code seeds/reference/articles.json}, after the topics. Seeded articles
 * are published; one whose review-by date has already passed arrives stale, as it should, so that an
 * admin checks it before advisers rely on it.
 */
@Dependent
public class ArticleSeeder implements Seeder {

    @PersistenceContext
    EntityManager em;

    @Override
    public String file() {
        return "reference/articles.json";
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public void apply(JsonObject record, int position, SeedLedger ledger) {
        ledger.once("article", record.getString("code"), () -> {
            Set<Topic> topics = new LinkedHashSet<>();
            for (JsonString code : record.getJsonArray("topics").getValuesAs(JsonString.class)) {
                em.createQuery("select t from Topic t where t.code = :code", Topic.class)
                        .setParameter("code", code.getString()).getResultStream().findFirst().ifPresent(topics::add);
            }
            LocalDate reviewBy = LocalDate.parse(record.getString("reviewBy"));
            LocalDate today = InformationLibrary.today();
            Instant now = Instant.now();
            Article article = new Article(record.getString("code"), ArticleKind.valueOf(record.getString("kind")), now)
                    .write(record.getString("title"), record.getString("summary"), record.getString("body"),
                            record.getString("owner"), topics, reviewBy,
                            record.containsKey("alertUntil") ? LocalDate.parse(record.getString("alertUntil")) : null,
                            // written when its review date was still ahead
                            reviewBy.isBefore(today) ? reviewBy : today);
            article.publish(null, now);
            em.persist(article);
        });
    }
}
