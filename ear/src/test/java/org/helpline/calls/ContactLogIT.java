package org.helpline.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.shared.Rows;
import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.SafeguardingQueue;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSecondAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.helpline.topics.Topic;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An adviser logs contacts: anonymous or named, with consent or without, data or non-data. */
@ExtendWith(ArquillianExtension.class)
class ContactLogIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsSecondAdviser secondAdviser;

    @Inject
    ContactLog log;

    @Inject
    SafeguardingQueue safeguarding;

    @Inject
    Database db;

    @Test
    void anAnonymousContactKeepsItsStatistics() {
        ContactForm form = ContactForms.anonymousCall();
        String[] saved = adviser.call(() -> {
            Contact c = log.log(form);
            return new String[] {String.valueOf(c.getCaller()), c.getChannel().getCode(), c.getLine().getCode(),
                    String.valueOf(c.getDuration().toSeconds()), c.getAdviser().getUsername(),
                    String.join(",", c.getTopics().stream().map(Topic::getCode).sorted().toList())};
        });
        assertEquals("null", saved[0]);
        assertEquals("phone", saved[1]);
        assertEquals("info-line", saved[2]);
        assertEquals("510", saved[3]);
        assertEquals("adviser", saved[4]);
        assertEquals("money-work.benefits,symptoms.fatigue", saved[5]);
    }

    @Test
    void anIdempotencyKeyIsItsAdvisersOwnAndStandsForOneForm() {
        ContactForm form = ContactForms.anonymousCall();
        String key = form.getIdempotencyKey();
        long first = adviser.call(() -> log.log(form).getId());
        assertEquals(first, adviser.call(() -> log.log(form).getId()), "a retry answers the contact logged first");

        ContactForm theirs = ContactForms.anonymousCall();
        theirs.setIdempotencyKey(key);
        theirs.getContact().setSummary("Another adviser's call under the same key.");
        long second = secondAdviser.call(() -> log.log(theirs).getId());
        assertNotEquals(first, second, "another adviser's use of the key logs their own contact");
        assertEquals(second, secondAdviser.call(() -> log.log(theirs).getId()));
        assertEquals(2, db.count("select count(c) from Contact c where c.idempotencyKey = '" + key + "'"));

        form.getContact().setSummary("Something else entirely, under the first key.");
        InvalidInputException reused = assertThrows(InvalidInputException.class, () -> adviser.call(() -> log.log(form)));
        assertTrue(reused.isConflict(), "the same key with another form is a conflict, not a retry");
        assertEquals("idempotencyKey", reused.getField());
        assertEquals(2, db.count("select count(c) from Contact c where c.idempotencyKey = '" + key + "'"));

        String nonDataKey = java.util.UUID.randomUUID().toString();
        Instant at = Instant.now().minusSeconds(60);
        long silent = adviser.call(() -> log.logNonData(nonDataKey, NonDataKind.SILENT, "phone", "info-line", at,
                Duration.ofSeconds(20)).getId());
        assertEquals(silent, adviser.call(() -> log.logNonData(nonDataKey, NonDataKind.SILENT, "phone", "info-line", at,
                Duration.ofSeconds(20)).getId()));
        assertTrue(assertThrows(InvalidInputException.class, () -> adviser.call(() -> log.logNonData(nonDataKey,
                NonDataKind.WRONG_NUMBER, "phone", "info-line", at, Duration.ofSeconds(20)))).isConflict());
    }

    @Test
    void aCallerWhoConsentsIsKeptWithTheirNumberInOneForm() {
        String name = ContactForms.uniqueName("Ann", "Lee");
        ContactForm form = ContactForms.namedCall(name, "+44 7700 900123");
        form.getCaller().setEmail("Ann.Lee@Example.org");
        form.getCaller().setPostcodeDistrict("sw1a 1aa");

        long contactId = adviser.call(() -> log.log(form).getId());

        assertEquals(1, db.count("select count(c) from Contact c where c.id = " + contactId + " and c.caller.fullName = '" + name + "'"));
        assertEquals(1, db.nativeQuery("select p.number from caller_phone p join caller c on c.id = p.caller_id "
                + "where c.full_name = ?1 and p.number = '+447700900123'", name).size());
        assertEquals(1, db.count("select count(c) from Caller c where c.fullName = '" + name + "' and c.email = 'ann.lee@example.org' "
                + "and c.postcodeDistrict = 'SW1A' and c.consentWordingVersion = '2026-1'"));
    }

    @Test
    void withoutConsentNothingIdentifyingIsKept() {
        String name = ContactForms.uniqueName("Bill", "Short");
        ContactForm form = ContactForms.namedCall(name, ContactForms.uniqueMobile());
        form.getCaller().setConsentGiven(false);

        long contactId = adviser.call(() -> log.log(form).getId());

        assertEquals(0, db.count("select count(c) from Caller c where c.fullName = '" + name + "'"));
        assertEquals(1, db.count("select count(c) from Contact c where c.id = " + contactId + " and c.caller is null "
                + "and c.callerType.code = 'person-with-ms'"));
    }

    @Test
    void savingTheSameFormTwiceStoresOneContact() {
        ContactForm form = ContactForms.anonymousCall();
        long first = adviser.call(() -> log.log(form).getId());
        long second = adviser.call(() -> log.log(form).getId());
        assertEquals(first, second);
        assertEquals(1, db.count("select count(c) from Contact c where c.idempotencyKey = '" + form.getIdempotencyKey() + "'"));
    }

    @Test
    void badInputNamesTheFieldAndSavesNothing() {
        String name = ContactForms.uniqueName("Carl", "Nobody");
        assertField("startedAt", form(name, f -> f.getContact().setStartedAt(Instant.now().plus(Duration.ofHours(1)))));
        assertField("duration", form(name, f -> f.getContact().setDurationMinutes(24 * 60 + 1)));
        assertField("summary", form(name, f -> f.getContact().setSummary("x".repeat(10_001))));
        assertField("summary", form(name, f -> f.getContact().setSummary("   ")));
        assertField("topics", form(name, f -> f.getContact().setTopics(List.of())));
        assertField("topics", form(name, f -> f.getContact().setTopics(List.of("no-such-topic"))));
        assertField("outcome", form(name, f -> f.getContact().setOutcome(null)));
        assertField("email", form(name, f -> f.getCaller().setEmail("carl@")));
        assertField("phone", form(name, f -> f.getCaller().setPhone("12")));
        assertField("caseChoice", form(name, f -> {
            f.getCaller().setConsentGiven(false);
            f.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
            f.getFiling().setNewCaseTitle("Needs a caller");
        }));
        assertEquals(0, db.count("select count(c) from Caller c where c.fullName = '" + name + "'"));
    }

    @Test
    void aNonDataContactIsCountedApart() {
        String key = ContactForms.unique();
        boolean nonData = adviser.call(() -> log.logNonData(key, NonDataKind.SILENT, "phone", "info-line", null, null).isNonData());
        assertTrue(nonData);
        assertEquals(1, db.count("select count(c) from Contact c where c.idempotencyKey = '" + key + "' "
                + "and c.nonDataKind = org.helpline.calls.NonDataKind.SILENT and c.summary is null and c.topics is empty"));
    }

    @Test
    void riskToLifeReachesTheSupervisorsAtOnce() {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Dee", "Rowe"), ContactForms.uniqueMobile());
        form.getContact().setTopics(List.of("mental-health.suicidal-thoughts"));
        form.getRisk().setRisks(EnumSet.of(RiskKind.RISK_TO_LIFE, RiskKind.SELF_HARM));
        long contactId = adviser.call(() -> log.log(form).getId());

        boolean queued = supervisor.call(() -> AllRows.of(safeguarding::open).stream()
                .anyMatch(a -> a.getRiskFlag().getContact().getId() == contactId
                        && a.getRiskFlag().getKind() == RiskKind.RISK_TO_LIFE));
        assertTrue(queued, "the contact is in the supervisors' queue");
        assertEquals(1, db.count("select count(a) from SafeguardingAlert a where a.riskFlag.contact.id = " + contactId),
                "one alert per contact, for its most serious risk");
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> safeguarding.open(Rows.firstOf(10))));
    }

    private ContactForm form(String name, java.util.function.Consumer<ContactForm> change) {
        ContactForm form = ContactForms.namedCall(name, ContactForms.uniqueMobile());
        change.accept(form);
        return form;
    }

    private void assertField(String field, ContactForm form) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> adviser.call(() -> log.log(form)));
        assertEquals(field, e.getField(), e.getMessage());
        assertEquals(0, db.count("select count(c) from Contact c where c.idempotencyKey = '" + form.getIdempotencyKey() + "'"));
    }
}
