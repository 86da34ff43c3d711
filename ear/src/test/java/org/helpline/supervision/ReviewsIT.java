package org.helpline.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Set;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.calls.ContactLog;
import org.helpline.calls.NonDataKind;
import org.helpline.security.Role;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Quality review: sampling per adviser per month, the checklist rules, figures, and who sees what. */
@ExtendWith(ArquillianExtension.class)
class ReviewsIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactLog log;

    @Inject
    Reviews reviews;

    @Inject
    Database db;

    private final YearMonth month = YearMonth.now(HelplineTime.CLOCK).minusMonths(3);
    private UserAccount x;

    /** A fresh adviser with three data contacts and a silent call in {@link #month}, and one contact the month after. */
    @BeforeEach
    void buildTheDataSet() {
        x = db.persist(new UserAccount("rev" + ContactForms.unique().toLowerCase(), "Reviewed Adviser", null,
                "not-a-hash", Set.of(Role.ADVISER), Instant.now()));
        for (int day = 10; day <= 12; day++) {
            move(adviser.call(() -> log.log(ContactForms.anonymousCall()).getId()), month.atDay(day).atTime(LocalTime.NOON));
        }
        String key = ContactForms.unique();
        move(adviser.call(() -> log.logNonData(key, NonDataKind.SILENT, "phone", "info-line", null, null).getId()),
                month.atDay(13).atTime(LocalTime.NOON));
        move(adviser.call(() -> log.log(ContactForms.anonymousCall()).getId()), month.plusMonths(1).atDay(2).atTime(LocalTime.NOON));
    }

    private void move(long contactId, java.time.LocalDateTime at) {
        db.update("update Contact c set c.adviser = ?1, c.startedAt = ?2 where c.id = ?3", x,
                at.atZone(HelplineTime.ZONE).toInstant(), contactId);
    }

    private long picked() {
        return db.count("select count(r) from ContactReview r where r.adviser.username = '" + x.getUsername() + "'");
    }

    @Test
    void samplingPicksUpToNOfEachAdvisersDataContactsAndTopsUpWithoutRepeats() {
        assertTrue(supervisor.call(() -> reviews.sample(month, 2)) >= 2);
        assertEquals(2, picked());
        supervisor.call(() -> reviews.sample(month, 2));
        assertEquals(2, picked(), "sampling again picks nothing more");
        supervisor.call(() -> reviews.sample(month, 5));
        assertEquals(3, picked(), "only the three data contacts of that month can be picked");
        assertEquals(0L, ((Number) db.nativeQuery("select count(*) from contact_review r join user_account u "
                + "on u.id = r.adviser_id join contact c on c.id = r.contact_id where u.username = ?1 "
                + "and (c.non_data_kind is not null or r.review_month <> ?2)", x.getUsername(), month.atDay(1)).get(0))
                .longValue(), "never a silent call, never another month");
        assertEquals("perAdviser", field(() -> reviews.sample(month, 0)));
    }

    @Test
    void aReviewAnswersEveryPointAndScoresWhatApplies() {
        supervisor.call(() -> reviews.sample(month, 1));
        long id = ((Number) db.nativeQuery("select r.id from contact_review r join user_account u on u.id = r.adviser_id "
                + "where u.username = ?1", x.getUsername()).get(0)).longValue();
        long version = supervisor.call(() -> reviews.get(id).getVersion());
        assertEquals("accurateInformation", field(() -> reviews.review(id, version, null, Check.MET, Check.MET, Check.MET, "Good")));
        assertEquals("notesClear", field(() -> reviews.review(id, version, Check.MET, Check.MET, Check.MET, null, "Good")));
        assertEquals("feedback", field(() -> reviews.review(id, version, Check.MET, Check.MET, Check.MET, Check.MET, " ")));

        ContactReview done = supervisor.call(() -> reviews.review(id, version, Check.MET, Check.PARTLY,
                Check.NOT_APPLICABLE, Check.NOT_MET, "Clear and kind; say which booklet you sent."));
        assertEquals(0.5, done.score(), 1e-9, "(1 + 0.5 + 0) / 3: the point that does not apply is left out");
        long current = done.getVersion();
        assertEquals("accurateInformation", field(() -> reviews.review(id, current, Check.MET, Check.MET, Check.MET,
                Check.MET, "Again")), "a contact is reviewed once");

        ReviewFigures figures = supervisor.call(() -> reviews.figures(month)).stream()
                .filter(f -> f.username().equals(x.getUsername())).findFirst().orElseThrow();
        assertEquals(new ReviewFigures(x.getUsername(), "Reviewed Adviser", 0, 1, 0.5), figures);
        assertEquals("50%", figures.averagePercent());
    }

    @Test
    void anAdviserSeesTheirOwnReviewsOnly() {
        long ashas = adviser.call(() -> log.log(ContactForms.anonymousCall()).getId());
        ContactReview picked = supervisor.call(() -> reviews.pick(ashas));
        assertFalse(picked.isSampled());
        supervisor.call(() -> reviews.review(picked.getId(), picked.getVersion(), Check.MET, Check.MET, Check.MET,
                Check.MET, "Spot on."));
        supervisor.call(() -> reviews.sample(month, 1));

        assertTrue(adviser.call(() -> AllRows.of(reviews::mine)).stream().anyMatch(r -> r.getId().equals(picked.getId())));
        assertTrue(adviser.call(() -> AllRows.of(reviews::mine)).stream().allMatch(r -> r.getAdviser().getUsername().equals("adviser")));
        assertEquals(1, db.count("select count(r) from ContactReview r where r.id = " + picked.getId() + " and r.seenAt is not null"),
                "reading marks it seen");
    }

    @Test
    void aSilentCallCannotBeReviewedAndAdvisersCannotReview() {
        String key = ContactForms.unique();
        long silent = adviser.call(() -> log.logNonData(key, NonDataKind.SILENT, "phone", "info-line", null, null).getId());
        assertEquals("contact", field(() -> reviews.pick(silent)));
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> reviews.sample(month, 1)));
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> AllRows.of(reviews::toReview)));
    }

    private String field(org.helpline.testing.SignedIn.Work<?> work) {
        return assertThrows(InvalidInputException.class, () -> supervisor.call(work)).getField();
    }
}
