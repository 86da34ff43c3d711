package org.helpline.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import jakarta.inject.Inject;

import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.reporting.MonthlyFigures;
import org.helpline.reporting.MonthlyReport;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Six years after a caller's last contact the retention job shreds their name, numbers and notes, keeping what
 * the reports count; a caller on legal hold, and one in touch more recently, keep everything.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Inject AsAdviser adviser;
    @Inject AsAdmin admin;
    @Inject ContactLog log;
    @Inject Retention retention;
    @Inject Erasure erasure;
    @Inject MonthlyReport report;
    @Inject Database db;

    private long callerLastInTouch(Instant when, String name, String canary) {
        ContactForm form = ContactForms.namedCall(name, ContactForms.uniqueMobile());
        form.getContact().setStartedAt(when);
        form.getContact().setSummary("Talked about " + canary);
        return adviser.call(() -> log.log(form).getCaller().getId());
    }

    private long named(String name) {
        return db.count("select count(c) from Caller c where c.fullName = '" + name + "'");
    }

    private long notes(String canary) {
        return db.count("select count(c) from Contact c where c.summary like '%" + canary + "%'");
    }

    @Test
    void callersPastTheRetentionPeriodAreShreddedUnlessOnHold() {
        Instant sevenYearsAgo = ZonedDateTime.now(HelplineTime.ZONE).minusYears(7).toInstant();
        String old = ContactForms.uniqueName("Olwen", "Old");
        String held = ContactForms.uniqueName("Huw", "Held");
        String recent = ContactForms.uniqueName("Rhys", "Recent");
        String canary = "Canary" + ContactForms.unique();
        long oldId = callerLastInTouch(sevenYearsAgo, old, canary + "old");
        long heldId = callerLastInTouch(sevenYearsAgo, held, canary + "held");
        callerLastInTouch(ZonedDateTime.now(HelplineTime.ZONE).minusYears(5).toInstant(), recent, canary + "recent");
        admin.run(() -> retention.placeHold(heldId, "Complaint 2026/14 under review"));
        assertEquals("holdReason", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> retention.placeHold(heldId, "Again"))).getField());
        assertEquals("caller", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> erasure.erase(heldId, "Asked by phone"))).getField(), "a hold stops erasure too");
        YearMonth then = YearMonth.from(sevenYearsAgo.atZone(HelplineTime.ZONE));
        MonthlyFigures before = admin.call(() -> report.figures(then, null));

        int shredded = admin.call(() -> retention.shredDue(Instant.now()));

        assertTrue(shredded >= 1, "shredded: " + shredded);
        assertEquals(0, named(old), "the old caller's name is gone");
        assertEquals(0, notes(canary + "old"), "and their notes");
        assertEquals(1, named(held), "the held caller is kept");
        assertEquals(1, notes(canary + "held"));
        assertEquals(1, named(recent), "the recent caller is kept");
        assertEquals(1, notes(canary + "recent"));
        assertEquals(1, db.count("select count(e) from CallerErasure e where e.callerId = " + oldId
                + " and e.erasedBy = '" + Retention.BY_SCHEDULE + "'"));
        assertEquals(before.sections(), admin.call(() -> report.figures(then, null)).sections(),
                "that month's report is unchanged");

        admin.run(() -> retention.liftHold(heldId));
        admin.call(() -> retention.shredDue(Instant.now()));
        assertEquals(0, named(held), "once the hold is lifted, the next run shreds them");
    }
}
