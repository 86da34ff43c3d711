package org.helpline.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.helpline.callers.CallerLookup;
import org.helpline.callers.CallerMatch;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.calls.KeyReusedException;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSecondAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A contact logged with a caller completes the caller's open follow-ups it dealt with ("done by this call"), in
 * its own transaction: the follow-up records the contact as its completing attempt, and a follow-up the contact may
 * not complete refuses the whole contact.
 */
@ExtendWith(ArquillianExtension.class)
class DoneByCallIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSecondAdviser secondAdviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactLog log;

    @Inject
    FollowUps followUps;

    @Inject
    CallerLookup lookup;

    @Inject
    Database db;

    /** A caller's first call, logged by {@code by} with a callback booked for them; answers the contact's id. */
    private long firstCall(org.helpline.testing.SignedIn by) {
        return firstCall(by, ContactForms.uniqueMobile());
    }

    private long firstCall(org.helpline.testing.SignedIn by, String mobile) {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Eve", "Callback"), mobile);
        form.getContact().setFollowUpNeeded(true);
        form.getFollowUp().setKind(FollowUpKind.CALLBACK);
        form.getFollowUp().setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(1));
        form.getFollowUp().setReason("Ring back about the MRI results letter");
        return by.call(() -> log.log(form).getId());
    }

    private long callerOf(long contactId) {
        return number(db.nativeQuery("select caller_id from contact where id = ?1", contactId).get(0));
    }

    private long followUpOf(long contactId) {
        return number(db.nativeQuery("select id from follow_up where contact_id = ?1", contactId).get(0));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A second follow-up for the caller, on the case-less contact, due in two days. */
    private long sendInformation(long contactId) {
        FollowUpForm form = new FollowUpForm();
        form.setKind(FollowUpKind.SEND_INFORMATION);
        form.setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(2));
        form.setReason("Post the relapse factsheet");
        return adviser.call(() -> followUps.bookFor(log.get(contactId), form).getId());
    }

    /** The caller's next call, linked by id (and {@code token}), completing {@code followUpIds}. */
    private static ContactForm nextCall(long callerId, String token, Long... followUpIds) {
        ContactForm form = ContactForms.anonymousCall();
        form.getCaller().setCallerId(callerId);
        form.getCaller().setCallerToken(token);
        form.getContact().setSummary("She rang in herself: the results letter came and she understood it.");
        form.getCaller().setCompletesFollowUps(List.of(followUpIds));
        return form;
    }

    private String status(long followUpId) {
        return String.valueOf(db.nativeQuery("select status from follow_up where id = ?1", followUpId).get(0));
    }

    private long contactsWithKey(ContactForm form) {
        return db.count("select count(c) from Contact c where c.idempotencyKey = '" + form.getIdempotencyKey() + "'");
    }

    private InvalidInputException refused(org.helpline.testing.SignedIn by, ContactForm form) {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> by.call(() -> log.log(form)));
        assertEquals(0, contactsWithKey(form), "nothing of a refused contact is saved");
        return refusal;
    }

    @Test
    void aContactCompletesTheFollowUpsTickedAndTheyRecordIt() {
        long first = firstCall(adviser);
        long caller = callerOf(first);
        long callback = followUpOf(first);
        long information = sendInformation(first);
        assertEquals(List.of(callback, information),
                adviser.call(() -> followUps.openFor(caller, null)).stream().map(OpenFollowUp::id).toList(),
                "the caller's open follow-ups, soonest due first");

        ContactForm form = nextCall(caller, null, callback);
        long call = adviser.call(() -> log.log(form).getId());

        assertEquals("COMPLETED", status(callback));
        assertEquals("OPEN", status(information), "one left open stays open");
        assertEquals(1, db.count("select count(e) from FollowUpEvent e where e.followUp.id = " + callback
                + " and e.kind = org.helpline.followups.FollowUpEvent.Kind.ATTEMPT and e.attempt = "
                + "org.helpline.followups.AttemptOutcome.REACHED and e.contact.id = " + call + " and e.actor.username = 'adviser'"));
        assertEquals(1, db.count("select count(e) from FollowUpEvent e where e.followUp.id = " + callback
                + " and e.kind = org.helpline.followups.FollowUpEvent.Kind.COMPLETED and e.contact.id = " + call));
        FollowUp done = adviser.call(() -> followUps.get(callback));
        assertEquals(call, done.getCompletedByContact().orElseThrow().getId());
        assertTrue(done.getHistory().get(0).isDoneByCall(), "the history leads with it");
        assertEquals(List.of(information), adviser.call(() -> followUps.openFor(caller, null)).stream()
                .map(OpenFollowUp::id).toList(), "a follow-up done is no longer offered");
        assertTrue(adviser.call(() -> followUps.get(information)).getCompletedByContact().isEmpty());
    }

    @Test
    void anotherCallersAClosedOrAnUnseenFollowUpRefusesTheWholeContact() {
        long first = firstCall(adviser);
        long caller = callerOf(first);
        long callback = followUpOf(first);
        long information = sendInformation(first);
        long otherCallersCallback = followUpOf(firstCall(adviser));
        long unseen = followUpOf(firstCall(secondAdviser));

        InvalidInputException other = refused(adviser, nextCall(caller, null, callback, otherCallersCallback));
        assertEquals("completesFollowUps[1]", other.getField());
        assertTrue(other.getMessage().contains("is not one of"), other.getMessage());
        assertEquals("OPEN", status(callback), "the first of the list is not done either: nothing is half-saved");

        InvalidInputException notSeen = refused(adviser, nextCall(caller, null, unseen));
        assertEquals("completesFollowUps[0]", notSeen.getField());
        assertEquals(other.getMessage().replace(String.valueOf(otherCallersCallback), String.valueOf(unseen)),
                notSeen.getMessage(), "one not the adviser's to see is refused as one of another caller, telling nothing");
        assertEquals("OPEN", status(unseen));
        assertEquals("completesFollowUps[0]", refused(adviser, nextCall(caller, null, 999_999_999L)).getField());

        ContactForm anonymous = ContactForms.anonymousCall();
        anonymous.getCaller().setCompletesFollowUps(List.of(callback));
        assertEquals("completesFollowUps[0]", refused(adviser, anonymous).getField());

        long v = adviser.call(() -> followUps.get(information).getVersion());
        supervisor.run(() -> followUps.complete(information, v, "Posted it"));
        InvalidInputException closed = refused(adviser, nextCall(caller, null, callback, information));
        assertEquals("completesFollowUps[1]", closed.getField());
        assertTrue(closed.getMessage().contains("was marked done by Morag Campbell"), closed.getMessage());
        assertEquals("OPEN", status(callback));
        assertEquals(0, db.count("select count(e) from FollowUpEvent e where e.contact is not null and e.followUp.id in ("
                + callback + ", " + information + ", " + otherCallersCallback + ", " + unseen + ")"));
    }

    @Test
    void aColleaguesCallerLinkedFromAMatchHasTheirFollowUpsOffered() {
        String mobile = ContactForms.uniqueMobile();
        long first = firstCall(secondAdviser, mobile);
        long caller = callerOf(first);
        long callback = followUpOf(first);
        assertThrows(NotFoundException.class, () -> adviser.call(() -> followUps.openFor(caller, null)),
                "not offered without having been shown the caller");
        CallerMatch match = adviser.call(() -> lookup.find(mobile)).stream().filter(m -> m.id() == caller).findFirst()
                .orElseThrow();
        assertFalse(match.identified(), "a colleague's caller, shown in part");
        String token = match.token();

        assertEquals(List.of(callback), adviser.call(() -> followUps.openFor(caller, token)).stream()
                .map(OpenFollowUp::id).toList());
        OpenFollowUp offered = adviser.call(() -> followUps.openFor(caller, token)).get(0);
        assertEquals("Tom Okafor", offered.owner());
        assertEquals(FollowUpKind.CALLBACK, offered.kind());
        assertFalse(offered.overdue());

        long call = adviser.call(() -> log.log(nextCall(caller, token, callback)).getId());
        assertEquals("COMPLETED", status(callback));
        assertEquals(call, secondAdviser.call(() -> followUps.get(callback)).getCompletedByContact().orElseThrow().getId(),
                "the colleague who held it sees the call that did it");
    }

    @Test
    void aRetryNamingOtherFollowUpsIsAnotherRequest() {
        long first = firstCall(adviser);
        long caller = callerOf(first);
        long callback = followUpOf(first);
        long information = sendInformation(first);
        ContactForm form = nextCall(caller, null, callback);
        long call = adviser.call(() -> log.log(form).getId());
        assertEquals(call, adviser.call(() -> log.log(nextCallWithKey(form, caller, callback)).getId()),
                "the same request again is the contact already logged");

        assertThrows(KeyReusedException.class,
                () -> adviser.call(() -> log.log(nextCallWithKey(form, caller, callback, information))));
        assertEquals("OPEN", status(information));
    }

    private static ContactForm nextCallWithKey(ContactForm sent, long caller, Long... followUpIds) {
        ContactForm again = nextCall(caller, null, followUpIds);
        again.setIdempotencyKey(sent.getIdempotencyKey());
        again.getContact().setStartedAt(sent.getContact().getStartedAt());
        return again;
    }

    @Test
    void twoCallsCompletingOneFollowUpAtOnceDoItOnceAndTellTheOther() throws Exception {
        long first = firstCall(adviser);
        long caller = callerOf(first);
        long callback = followUpOf(first);
        ContactForm mine = nextCall(caller, null, callback);
        ContactForm theirs = nextCall(caller, null, callback);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> saving = new ArrayList<>();
            for (Callable<Long> save : List.<Callable<Long>>of(
                    () -> adviser.call(() -> log.log(mine).getId()), () -> supervisor.call(() -> log.log(theirs).getId()))) {
                saving.add(pool.submit(() -> {
                    start.await();
                    return save.call();
                }));
            }
            start.countDown();
            int saved = 0;
            List<String> told = new ArrayList<>();
            for (Future<Long> f : saving) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                    saved++;
                } catch (java.util.concurrent.ExecutionException e) {
                    InvalidInputException refusal = refusalIn(e.getCause());
                    assertEquals("completesFollowUps[0]", refusal.getField());
                    told.add(refusal.getMessage());
                }
            }
            assertEquals(1, saved, "one call completes it: " + told);
            assertEquals(1, told.size());
            assertTrue(told.get(0).contains("was marked done by"), told.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, db.count("select count(e) from FollowUpEvent e where e.followUp.id = " + callback
                + " and e.kind = org.helpline.followups.FollowUpEvent.Kind.COMPLETED"), "done once, never twice");
        assertEquals(1, contactsWithKey(mine) + contactsWithKey(theirs), "the refused call's contact is not saved");
    }

    private static InvalidInputException refusalIn(Throwable thrown) {
        if (thrown instanceof InvalidInputException refusal) {
            return refusal;
        }
        throw new AssertionError("expected the adviser to be told, got " + thrown, thrown);
    }
}
