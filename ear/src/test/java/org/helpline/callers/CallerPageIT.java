package org.helpline.callers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.helpline.calls.Contact;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.cases.Cases;
import org.helpline.followups.FollowUpForm;
import org.helpline.followups.FollowUpKind;
import org.helpline.followups.FollowUps;
import org.helpline.referrals.Referrals;
import org.helpline.safeguarding.RiskFlag;
import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.RiskLevel;
import org.helpline.safeguarding.SafeguardingQueue;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Rows;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSecondAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The caller page's service: the risk banner with every flag (active, expired, lifted), open work, cases and one
 * timeline of everything paged in the database, newest first; "not found" for an adviser not working with the
 * caller, with the view and the refusal in the access log; the risk marker for lists.
 */
@ExtendWith(ArquillianExtension.class)
class CallerPageIT {

    @Inject AsAdviser adviser;
    @Inject AsSecondAdviser colleague;
    @Inject AsSupervisor supervisor;
    @Inject Callers callers;
    @Inject ContactLog log;
    @Inject Cases cases;
    @Inject FollowUps followUps;
    @Inject Referrals referrals;
    @Inject SafeguardingQueue safeguarding;
    @Inject Database db;

    /**
     * A caller at risk to life, with a case and, if {@code callback}, a callback booked on the call for the team
     * queue (which makes the caller one every adviser works with); answers the contact.
     */
    private Contact callerAtRisk(String name, boolean callback) {
        ContactForm form = ContactForms.namedCall(name, ContactForms.uniqueMobile());
        form.getContact().setSummary("Said he has been thinking of ending his life since the relapse.");
        form.getRisk().setRisks(EnumSet.of(RiskKind.RISK_TO_LIFE));
        form.getRisk().setRiskLevel(RiskLevel.HIGH);
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Low mood after relapse");
        form.getContact().setFollowUpNeeded(callback);
        form.getFollowUp().setKind(FollowUpKind.CALLBACK);
        form.getFollowUp().setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(1).withHour(10).withMinute(0));
        form.getFollowUp().setReason("Ring back to check he is safe");
        form.getFollowUp().setToTeamQueue(true); // not the demo adviser's list, which the guide pictures
        return adviser.call(() -> log.log(form));
    }

    @Test
    void theCallerPageShowsRiskOpenWorkCasesAndOneTimelineNewestFirst() {
        String name = ContactForms.uniqueName("Callum", "Fraser");
        Contact contact = callerAtRisk(name, true);
        long callerId = contact.getCaller().getId();
        long caseId = contact.getSupportCase().getId();
        adviser.run(() -> cases.addNote(caseId, cases.get(caseId).getVersion(), "Sent the crisis card by post."));

        CallerOverview overview = adviser.call(() -> callers.overview(callerId));
        assertEquals(name, overview.header().name());
        assertEquals(1, overview.header().phones().size());
        assertTrue(overview.header().phones().get(0).startsWith("07700"), overview.header().phones().toString());
        RiskMark risk = overview.header().risks().get(0);
        assertEquals(RiskFlag.State.ACTIVE, risk.state());
        assertTrue(risk.riskToLife());
        assertEquals(RiskLevel.HIGH, risk.level());
        assertNotNull(risk.raisedBy());
        assertTrue(overview.header().isRiskToLife(), "the protocol shows");
        assertEquals(1, overview.openFollowUps().size());
        assertEquals("Ring back to check he is safe", overview.openFollowUps().get(0).getReason());
        assertEquals(1, overview.cases().size());
        assertEquals(caseId, overview.cases().get(0).getId());
        assertNotNull(overview.caller().getConsentGivenAt());

        List<TimelineEntry> timeline = adviser.call(() -> callers.timeline(callerId, Rows.firstOf(50)));
        assertEquals(adviser.call(() -> callers.timelineSize(callerId)), timeline.size());
        Set<TimelineEntry.Kind> kinds = EnumSet.noneOf(TimelineEntry.Kind.class);
        timeline.forEach(e -> kinds.add(e.kind()));
        assertEquals(EnumSet.of(TimelineEntry.Kind.CONTACT, TimelineEntry.Kind.CASE, TimelineEntry.Kind.FOLLOW_UP,
                TimelineEntry.Kind.RISK_FLAG), kinds, timeline.toString());
        for (int i = 1; i < timeline.size(); i++) {
            assertFalse(timeline.get(i).at().isAfter(timeline.get(i - 1).at()), "newest first: " + timeline);
        }
        assertTrue(timeline.stream().anyMatch(e -> "Sent the crisis card by post.".equals(e.text())
                && e.what().startsWith("Case note")), timeline.toString());
        assertEquals(1, timeline.stream().filter(e -> e.kind() == TimelineEntry.Kind.CONTACT).count(),
                "the case's contact shows once, as a contact");

        // Paged in the database: two pages of two hold the first four entries, in order.
        List<TimelineEntry> first = adviser.call(() -> callers.timeline(callerId, new Rows(0, 2)));
        List<TimelineEntry> second = adviser.call(() -> callers.timeline(callerId, new Rows(2, 2)));
        assertEquals(timeline.subList(0, 2), first);
        assertEquals(timeline.subList(2, 4), second);

        assertEquals(1L, db.count("select count(a) from AccessEntry a where a.recordType = 'caller' and a.recordId = "
                + callerId + " and a.action = 'VIEWED'"), "opening the caller page is in the access log");
    }

    @Test
    void aCallerTheAdviserDoesNotWorkWithIsNotFoundAndTheRefusalLogged() {
        Contact contact = callerAtRisk(ContactForms.uniqueName("Iain", "Munro"), false);
        long callerId = contact.getCaller().getId();
        assertThrows(NotFoundException.class, () -> colleague.run(() -> callers.overview(callerId)));
        assertThrows(NotFoundException.class, () -> colleague.run(() -> callers.timeline(callerId, Rows.firstOf(10))));
        assertThrows(NotFoundException.class, () -> colleague.run(() -> callers.header(callerId)));
        assertTrue(colleague.call(() -> callers.riskMarkers(List.of(callerId))).isEmpty(), "no marker for a hidden caller");
        assertThrows(NotFoundException.class, () -> colleague.run(() -> callers.overview(Long.MAX_VALUE)));
        assertTrue(db.count("select count(a) from AccessEntry a where a.recordType = 'caller' and a.recordId = "
                + callerId + " and a.action = 'REFUSED' and a.username = 'adviser2'") >= 1, "the refusal is in the access log");
        // A supervisor sees everyone.
        assertEquals(callerId, supervisor.call(() -> callers.overview(callerId)).caller().getId());
    }

    @Test
    void expiredAndLiftedFlagsShowAsSuchAndTheMarkerPicksTheMostPressing() {
        Contact contact = callerAtRisk(ContactForms.uniqueName("Morven", "Shaw"), false);
        long callerId = contact.getCaller().getId();
        // A second, older flag that expired yesterday.
        db.nativeUpdate("insert into risk_flag (id, kind, level, contact_id, caller_id, raised_by_id, raised_at, expires_on, version) "
                + "select (select max(id) + 1000 from risk_flag), 'SELF_HARM', 'MEDIUM', contact_id, caller_id, raised_by_id, "
                + "raised_at, ?, 0 from risk_flag where caller_id = ?", LocalDate.now(HelplineTime.CLOCK).minusDays(1), callerId);
        CallerHeader header = adviser.call(() -> callers.header(callerId));
        assertEquals(2, header.risks().size());
        assertEquals(RiskFlag.State.ACTIVE, header.risks().get(0).state(), "active first");
        assertEquals(RiskFlag.State.EXPIRED, header.risks().get(1).state(), "the expired flag is shown, as expired");
        assertEquals(RiskFlag.State.ACTIVE, adviser.call(() -> callers.riskMarkers(List.of(callerId))).get(callerId).state());

        // Advisers may not lift a flag; a supervisor may, saying why, and not over someone else's change.
        RiskMark active = header.risks().get(0);
        assertThrows(Exception.class, () -> adviser.run(() -> safeguarding.lift(active.flagId(), active.version(), "Safe now")));
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> supervisor.run(() -> safeguarding.lift(active.flagId(), active.version(), " ")));
        assertEquals("liftReason", noReason.getField());
        assertThrows(ConcurrentEditException.class,
                () -> supervisor.run(() -> safeguarding.lift(active.flagId(), active.version() + 1, "Safe now")));
        supervisor.run(() -> safeguarding.lift(active.flagId(), active.version(), "Crisis team visited; safety plan agreed"));

        CallerHeader after = adviser.call(() -> callers.header(callerId));
        assertTrue(after.activeRisks().isEmpty());
        assertFalse(after.isRiskToLife(), "no protocol once lifted");
        RiskMark lifted = after.risks().stream().filter(RiskMark::riskToLife).findFirst().orElseThrow();
        assertEquals(RiskFlag.State.LIFTED, lifted.state());
        assertEquals("Crisis team visited; safety plan agreed", lifted.liftReason());
        Map<Long, RiskMark> marker = adviser.call(() -> callers.riskMarkers(List.of(callerId)));
        assertFalse(marker.get(callerId).isActive(), "the marker shows the past flag as past");
        assertTrue(adviser.call(() -> callers.timeline(callerId, Rows.firstOf(50))).stream()
                .anyMatch(e -> e.kind() == TimelineEntry.Kind.RISK_FLAG && e.text() != null
                        && e.text().contains("Crisis team visited")), "the timeline says it was lifted, and why");
        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> supervisor.run(() -> safeguarding.lift(lifted.flagId(), lifted.version(), "again")));
        assertEquals("flag", again.getField());
    }

    @Test
    void followUpsReferralsAndDetailsFromTheCallerPage() {
        Contact contact = callerAtRisk(ContactForms.uniqueName("Eilidh", "Ross"), false);
        long callerId = contact.getCaller().getId();
        FollowUpForm form = new FollowUpForm();
        form.setKind(FollowUpKind.CALLBACK);
        form.setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(2).withHour(14).withMinute(0));
        form.setReason("Check the FACETS dates suit her");
        form.setToTeamQueue(true);
        // A colleague who does not work with her may do neither.
        assertThrows(NotFoundException.class, () -> colleague.run(() -> followUps.bookForCaller(callerId, form)));
        assertThrows(NotFoundException.class,
                () -> colleague.run(() -> referrals.referCaller(callerId, "facets", true, true, null)));
        adviser.run(() -> followUps.bookForCaller(callerId, form));
        assertEquals(1, adviser.call(() -> callers.overview(callerId)).openFollowUps().size());

        InvalidInputException noConsent = assertThrows(InvalidInputException.class,
                () -> adviser.run(() -> referrals.referCaller(callerId, "facets", false, true, null)));
        assertEquals("consent", noConsent.getField());
        adviser.run(() -> referrals.referCaller(callerId, "facets", true, true, "Fatigue at work"));
        assertEquals(1, adviser.call(() -> callers.overview(callerId)).openReferrals().size());

        Caller caller = adviser.call(() -> callers.overview(callerId)).caller();
        CallerDetails changed = new CallerDetails(caller.getFullName(), List.of("07700 900777", "020 7946 0001"),
                "eilidh@example.org", "EH1 1AA", MsType.RELAPSING_REMITTING, 2019, ContactMethod.EMAIL, "Mornings");
        adviser.run(() -> callers.update(callerId, caller.getVersion(), changed));
        CallerOverview after = adviser.call(() -> callers.overview(callerId));
        assertEquals(List.of("+447700900777", "+442079460001"), List.copyOf(after.caller().getPhones()));
        assertEquals("EH1", after.caller().getPostcodeDistrict());
        assertThrows(ConcurrentEditException.class, () -> adviser.run(() -> callers.update(callerId, caller.getVersion(), changed)),
                "a second edit from the old version is refused");
        InvalidInputException badMail = assertThrows(InvalidInputException.class, () -> adviser.run(() -> callers.update(
                callerId, after.caller().getVersion(), new CallerDetails(caller.getFullName(), List.of(), "not-an-email",
                        null, null, null, null, null))));
        assertEquals("email", badMail.getField());
        assertEquals("eilidh@example.org", adviser.call(() -> callers.overview(callerId)).caller().getEmail(), "nothing half-saved");
        assertNull(adviser.call(() -> callers.riskMarkers(List.of())).get(callerId));
    }
}
