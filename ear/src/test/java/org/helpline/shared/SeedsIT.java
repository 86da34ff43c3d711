package org.helpline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.helpline.calls.Channel;
import org.helpline.calls.ContactOptions;
import org.helpline.calls.HelplineLine;
import org.helpline.callers.CallerType;
import org.helpline.security.StaffDirectory;
import org.helpline.security.UserAccount;
import org.helpline.shared.seeds.SeedLoader;
import org.helpline.testing.Database;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.topics.Topic;
import org.helpline.topics.TopicCatalogue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reference data comes from seeds/ at start-up, once per record, and admins' edits survive. */
@ExtendWith(ArquillianExtension.class)
class SeedsIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsAdmin admin;

    @Inject
    ContactOptions options;

    @Inject
    TopicCatalogue topics;

    @Inject
    StaffDirectory staff;

    @Inject
    SeedLoader seeds;

    @Inject
    Database db;

    @Test
    void theLinesChannelsAndCallerTypesAreSeeded() {
        List<HelplineLine> lines = adviser.call(options::lines);
        HelplineLine main = lines.get(0);
        assertEquals("info-line", main.getCode());
        assertEquals("0808 800 8000", main.getPhoneNumber());
        assertTrue(lines.stream().anyMatch(l -> l.getCode().equals("nurse-line")));

        assertEquals(List.of("phone", "email", "web-chat", "letter", "in-person", "social-media"),
                adviser.call(options::channels).stream().map(Channel::getCode).toList());
        assertTrue(adviser.call(options::callerTypes).stream().map(CallerType::getCode)
                .toList().containsAll(List.of("person-with-ms", "carer", "professional", "unknown")));
        assertTrue(adviser.call(options::outcomes).size() >= 5);
    }

    @Test
    void theTopicTaxonomyHasTwoLevelsInFileOrder() {
        List<Topic> taxonomy = adviser.call(topics::taxonomy);
        assertEquals(List.of("diagnosis", "treatments", "research", "symptoms", "mental-health", "carers-family",
                "money-work", "scams-unproven", "living-with-ms"), taxonomy.stream().map(Topic::getCode).toList());
        Topic research = taxonomy.get(2);
        assertTrue(research.getSubtopics().stream().map(Topic::getCode).toList()
                .containsAll(List.of("research.car-t", "research.myelin-repair", "research.stem-cells")));
        Topic mentalHealth = taxonomy.get(4);
        assertTrue(mentalHealth.getSubtopics().stream()
                .anyMatch(t -> t.getCode().equals("mental-health.suicidal-thoughts")));
        taxonomy.forEach(t -> t.getSubtopics().forEach(s -> assertFalse(s.isTopLevel())));
    }

    @Test
    void applyingSeedsAgainAddsNothingAndKeepsAdminEdits() {
        long topicsBefore = db.count("select count(t) from Topic t");
        long linesBefore = db.count("select count(l) from HelplineLine l");
        db.update("update HelplineLine l set l.label = ?1 where l.code = 'research-line'", "Research line (renamed)");
        db.update("update Topic t set t.active = false where t.code = 'living-with-ms.ageing'");
        try {
            int added = admin.call(seeds::apply);

            assertEquals(0, added);
            assertEquals(topicsBefore, db.count("select count(t) from Topic t"));
            assertEquals(linesBefore, db.count("select count(l) from HelplineLine l"));
            assertEquals(1, db.count("select count(l) from HelplineLine l where l.label = 'Research line (renamed)'"));
            assertEquals(1, db.count("select count(t) from Topic t where t.code = 'living-with-ms.ageing' and t.active = false"));
        } finally {
            db.update("update HelplineLine l set l.label = ?1 where l.code = 'research-line'", "Research and trials line");
            db.update("update Topic t set t.active = true where t.code = 'living-with-ms.ageing'");
        }
    }

    @Test
    void demoModeAddsTheDemoStaff() {
        List<UserAccount> everyone = admin.call(staff::everyone);
        assertTrue(everyone.stream().map(UserAccount::getUsername).toList()
                .containsAll(List.of("adviser", "supervisor", "admin")));
        assertEquals("Asha Patel", adviser.call(staff::me).getDisplayName());
    }

    @Test
    void demoModeAddsMonthsOfContactsCasesAndFollowUps() {
        assertTrue(db.count("select count(c) from Contact c where c.idempotencyKey like 'demo-%'") > 300);
        assertTrue(db.count("select count(c) from Contact c where c.idempotencyKey like 'demo-%' and c.nonDataKind is not null") > 10);
        assertTrue(db.count("select count(k) from HelplineCase k where k.caller.fullName = 'Joan Ellery'") == 1);
        assertTrue(db.count("select count(f) from FollowUp f where f.reason = 'Check the FACETS course place came through'") >= 1);
        assertTrue(db.count("select count(f) from FollowUp f where f.owner is null and f.reason like 'Promised to call%'") >= 1,
                "one waits in the team queue");
        assertTrue(db.count("select count(f) from FollowUp f where f.reason = 'Promised to call once the neurology "
                + "appointment date is known' and f.dueUntil < current_timestamp") >= 1, "one is overdue");
        for (String status : new String[] {"PROPOSED", "SENT", "ACCEPTED", "ENROLLED", "COMPLETED", "DECLINED",
                "NO_RESPONSE", "WITHDRAWN"}) {
            assertTrue(db.count("select count(r) from Referral r where r.note = 'Referred during the call' and r.status = "
                    + "org.helpline.referrals.ReferralStatus." + status) >= 1, "a demo referral " + status);
        }
    }
}
