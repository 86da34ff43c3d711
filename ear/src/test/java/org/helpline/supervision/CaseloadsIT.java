package org.helpline.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.shared.Rows;
import org.helpline.calls.Contact;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.cases.CaseStatus;
import org.helpline.cases.Cases;
import org.helpline.followups.FollowUps;
import org.helpline.referrals.Referrals;
import org.helpline.security.Role;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.RecordLink;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Caseload counts against a data set built here for an adviser nobody else's test touches: two open
 * cases, a follow-up due today, one overdue, a referral under way, two contacts; each list as long as its count.
 */
@ExtendWith(ArquillianExtension.class)
class CaseloadsIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactLog log;

    @Inject
    Cases cases;

    @Inject
    FollowUps followUps;

    @Inject
    Referrals referrals;

    @Inject
    Reassignments reassignments;

    @Inject
    Caseloads caseloads;

    @Inject
    Database db;

    private String username;
    /** What the items of each list of the data set's adviser open. */
    private Map<CaseloadList, List<RecordLink>> opens;
    private final CaseloadFilter sinceYesterday = new CaseloadFilter(null, null, null,
            LocalDate.now(HelplineTime.CLOCK).minusDays(1));

    @BeforeEach
    void buildTheDataSet() {
        username = "load" + ContactForms.unique().toLowerCase();
        UserAccount x = db.persist(new UserAccount(username, "Caseload " + username, null, "not-a-hash",
                Set.of(Role.ADVISER), Instant.now()));
        Contact first = call();
        Contact second = call();
        for (Contact contact : new Contact[] {first, second}) {
            long caseId = contact.getSupportCase().getId();
            long version = supervisor.call(() -> cases.get(caseId).getVersion());
            supervisor.call(() -> reassignments.reassignCase(caseId, version, username, "Test data set"));
            db.update("update Contact c set c.adviser = ?1 where c.id = ?2", x, contact.getId());
        }
        Instant now = Instant.now();
        long dueToday = followUpOf(first.getId());
        long overdue = followUpOf(second.getId());
        for (long id : new long[] {dueToday, overdue}) {
            long version = supervisor.call(() -> followUps.get(id).getVersion());
            supervisor.call(() -> reassignments.reassignFollowUp(id, version, username, "Test data set"));
        }
        db.update("update FollowUp f set f.dueFrom = ?1, f.dueUntil = ?2 where f.id = ?3",
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), dueToday);
        db.update("update FollowUp f set f.dueFrom = ?1, f.dueUntil = ?2 where f.id = ?3",
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2)).plus(Duration.ofHours(2)), overdue);
        // By a supervisor: the contact is no longer the adviser's, and its caller is not someone they work with.
        long referral = supervisor.call(() -> referrals.refer(first.getId(), "befriending", true, true, null).getId());
        db.update("update Referral r set r.referredBy = ?1 where r.id = ?2", x, referral);

        RecordLink firstCase = RecordLink.toCase(first.getSupportCase().getId());
        RecordLink secondCase = RecordLink.toCase(second.getSupportCase().getId());
        opens = Map.of(CaseloadList.OPEN_CASES, List.of(firstCase, secondCase),
                CaseloadList.DUE_TODAY, List.of(RecordLink.toFollowUp(dueToday)),
                CaseloadList.OVERDUE, List.of(RecordLink.toFollowUp(overdue)),
                CaseloadList.REFERRALS, List.of(firstCase),
                CaseloadList.CONTACTS, List.of(secondCase, firstCase));
    }

    private Contact call() {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Fiona", "Shaw"), ContactForms.uniqueMobile());
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Caseload " + ContactForms.unique());
        form.getContact().setFollowUpNeeded(true);
        form.getFollowUp().setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(3));
        form.getFollowUp().setReason("Ring back");
        return adviser.call(() -> log.log(form));
    }

    private long followUpOf(long contactId) {
        return ((Number) db.nativeQuery("select id from follow_up where contact_id = ?1", contactId).get(0)).longValue();
    }

    private CaseloadRow row(CaseloadFilter filter) {
        return supervisor.call(() -> caseloads.table(filter, Instant.now())).stream()
                .filter(r -> username.equals(r.username())).findFirst().orElseThrow();
    }

    @Test
    void theCountsAreTheDataSetsAndEachListIsAsLongAsItsCount() {
        CaseloadRow row = row(sinceYesterday);
        assertEquals(new CaseloadRow(username, "Caseload " + username, 2, 1, 1, 1, 2, row.oldestUntouched()), row);
        Instant oldest = (Instant) supervisor.call(() -> caseloads.list(CaseloadList.OPEN_CASES, username,
                sinceYesterday, Instant.now(), Rows.firstOf(1))).get(0).when();
        assertEquals(oldest, row.oldestUntouched(), "the oldest untouched case heads its list");
        for (CaseloadList list : CaseloadList.values()) {
            assertEquals(row.count(list), supervisor.call(() -> caseloads.count(list, username, sinceYesterday,
                    Instant.now())), list.label());
            List<CaseloadItem> items = supervisor.call(() -> caseloads.list(list, username, sinceYesterday,
                    Instant.now(), Rows.firstOf(100)));
            assertEquals(Math.min(row.count(list), 100), items.size(), list.label() + ", the first page");
            assertEquals(Set.copyOf(opens.get(list)), items.stream().map(CaseloadItem::link).collect(Collectors.toSet()),
                    list.label() + " opens its records");
        }
    }

    @Test
    void filtersNarrowTheCountsAndTheirLists() {
        LocalDate since = sinceYesterday.contactsSince();
        CaseloadFilter research = new CaseloadFilter(null, null, "research", since);
        CaseloadRow none = row(research);
        assertEquals(0, none.openCases() + none.dueToday() + none.overdue() + none.referrals() + none.contacts(),
                "the data set's contacts are about fatigue and benefits");

        CaseloadFilter symptoms = new CaseloadFilter("info-line", null, "symptoms", since);
        assertEquals(new CaseloadRow(username, "Caseload " + username, 2, 1, 1, 1, 2, row(symptoms).oldestUntouched()),
                row(symptoms), "a top-level topic covers its subtopics");

        CaseloadFilter awaiting = new CaseloadFilter(null, CaseStatus.AWAITING_CALLER, null, since);
        assertEquals(0, row(awaiting).openCases());
        assertEquals(0, supervisor.call(() -> caseloads.count(CaseloadList.OPEN_CASES, username, awaiting,
                Instant.now())));
    }

    @Test
    void theTeamQueueHasItsOwnRow() {
        long teamBefore = supervisor.call(() -> caseloads.table(sinceYesterday, Instant.now())).stream()
                .filter(CaseloadRow::isTeamQueue).findFirst().orElseThrow().openCases();
        supervisor.call(() -> reassignments.reassignAll(username, null, "Left the team"));
        CaseloadRow team = supervisor.call(() -> caseloads.table(sinceYesterday, Instant.now())).stream()
                .filter(CaseloadRow::isTeamQueue).findFirst().orElseThrow();
        assertEquals(teamBefore + 2, team.openCases());
        assertEquals(team.openCases(), supervisor.call(() -> caseloads.count(
                CaseloadList.OPEN_CASES, null, sinceYesterday, Instant.now())));
        assertEquals(0, row(sinceYesterday).openCases());
    }

    @Test
    void advisersCannotSeeCaseloads() {
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> caseloads.table(sinceYesterday, Instant.now())));
        assertThrows(EJBAccessException.class,
                () -> adviser.call(() -> caseloads.list(CaseloadList.CONTACTS, "adviser", sinceYesterday, Instant.now(), Rows.firstOf(10))));
    }
}
