package org.helpline.callers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import jakarta.inject.Inject;

import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.safeguarding.RiskKind;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.ContactForms;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Finding a repeat caller while typing their number, email or name. */
@ExtendWith(ArquillianExtension.class)
class CallerLookupIT {

    @Inject
    AsAdviser adviser;

    @Inject
    ContactLog log;

    @Inject
    CallerLookup lookup;

    private long callerOf(ContactForm form) {
        return adviser.call(() -> log.log(form).getCaller().getId());
    }

    @Test
    void everyWayOfWritingTheNumberFindsTheCaller() {
        String mobile = ContactForms.uniqueMobile();
        long id = callerOf(ContactForms.namedCall(ContactForms.uniqueName("Eve", "Hart"), mobile));
        String digits = mobile.replace(" ", "").substring(1);

        for (String typed : List.of(mobile, "0" + digits, "+44 " + digits, "44" + digits, "0044" + digits,
                "+44 (0)" + digits)) {
            List<CallerMatch> matches = adviser.call(() -> lookup.find(typed));
            assertEquals(List.of(id), matches.stream().map(CallerMatch::id).toList(), typed);
        }
    }

    @Test
    void namesMatchDespiteSpelling() {
        String tag = ContactForms.unique();
        long id = callerOf(ContactForms.namedCall("Catherine Farquharson " + tag, ContactForms.uniqueMobile()));

        for (String typed : List.of("catherine farquharson", "Cathryn Farquarson", "farq", tag.toLowerCase())) {
            assertTrue(adviser.call(() -> lookup.find(typed)).stream().anyMatch(m -> m.id() == id), typed);
        }
        assertTrue(adviser.call(() -> lookup.find("Zebedee Farquharson")).stream().noneMatch(m -> m.id() == id));
    }

    @Test
    void aNameManyCallersShareShowsTheEightChangedLastNewestFirst() {
        String tag = ContactForms.unique();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < CallerLookup.MAX_MATCHES + 2; i++) {
            created.add(callerOf(ContactForms.namedCall("Pat Quennell " + tag, ContactForms.uniqueMobile())));
        }
        List<Long> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);

        assertEquals(newestFirst.subList(0, CallerLookup.MAX_MATCHES),
                adviser.call(() -> lookup.find("quennell " + tag)).stream().map(CallerMatch::id).toList());
    }

    @Test
    void anEmailFindsTheCaller() {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Fay", "Ong"), null);
        String email = ContactForms.unique().toLowerCase() + "@example.org";
        form.getCaller().setEmail(email);
        long id = callerOf(form);
        assertEquals(List.of(id), adviser.call(() -> lookup.find(email.toUpperCase())).stream().map(CallerMatch::id).toList());
    }

    @Test
    void aMatchShowsRecentContactsOpenCasesAndRisks() {
        String mobile = ContactForms.uniqueMobile();
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Gil", "Bray"), mobile);
        form.getContact().setSummary("Was sold a fake stem-cell cure online and lost money.");
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Scam: fake stem-cell cure");
        form.getRisk().setRisks(EnumSet.of(RiskKind.SCAM_VICTIM));
        callerOf(form);

        CallerMatch match = adviser.call(() -> lookup.find(mobile)).get(0);

        assertEquals(List.of("07700 " + mobile.substring(6)), match.phones());
        assertTrue(match.lastContacts().get(0).summary().startsWith("Was sold a fake stem-cell cure"));
        assertEquals("Scam: fake stem-cell cure", match.openCases().get(0).title());
        assertTrue(match.openCases().get(0).number().matches("HL-\\d{4}-\\d{6}"));
        assertEquals(List.of(RiskKind.SCAM_VICTIM.label()), match.activeRisks());
    }

    @Test
    void aMatchShowsTheLastThreeContactsNewestFirstAndWhoTheCallerWasLastTime() {
        String mobile = ContactForms.uniqueMobile();
        ContactForm first = ContactForms.namedCall(ContactForms.uniqueName("Rhian", "Pryce"), mobile);
        first.getContact().setStartedAt(Instant.now().minus(4, ChronoUnit.DAYS));
        first.getContact().setSummary("First call: newly diagnosed.");
        long caller = callerOf(first);
        for (int day = 3; day >= 1; day--) {
            CallerMatch found = adviser.call(() -> lookup.find(mobile)).get(0);
            ContactForm again = ContactForms.anonymousCall();
            again.getCaller().setCallerId(caller);
            again.getCaller().setCallerToken(found.token());
            again.getContact().setStartedAt(Instant.now().minus(day, ChronoUnit.DAYS));
            again.getContact().setSummary("Call " + (5 - day) + ".");
            again.getContact().setChannel(day == 1 ? "email" : "phone");
            again.getContact().setCallerType(day == 1 ? "carer" : "person-with-ms");
            adviser.call(() -> log.log(again));
        }

        CallerMatch match = adviser.call(() -> lookup.find(mobile)).get(0);

        assertEquals(List.of("Call 4.", "Call 3.", "Call 2."),
                match.lastContacts().stream().map(CallerMatch.RecentContact::summary).toList());
        assertEquals("Email", match.lastContacts().get(0).channel());
        assertEquals("carer", match.lastCallerType());
    }
}
