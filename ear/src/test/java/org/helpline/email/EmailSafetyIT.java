package org.helpline.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.helpline.calls.Contact;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.safeguarding.RiskKind;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.helpline.testing.TestMail;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Safety on the email channel: words suggesting a risk put an enquiry first with a suggestion an adviser confirms
 * (alerting supervisors as a call does) or dismisses with a reason; a new enquiry is acknowledged once, saying
 * when it will be answered and where to turn in a crisis; auto-replies, the helpline's own address and a
 * correspondent writing again and again are never answered automatically.
 */
@ExtendWith(ArquillianExtension.class)
class EmailSafetyIT {

    @Inject AsAdviser adviser;
    @Inject org.helpline.testing.AsSecondAdviser adviser2;
    @Inject AsAdmin admin;
    @Inject org.helpline.testing.AsSupervisor supervisor;
    @Inject org.helpline.supervision.Wallboard wallboard;
    @Inject EmailQueue queue;
    @Inject EmailReplies replies;
    @Inject ContactLog contacts;
    @Inject EmailSettingsAdmin settings;
    @Inject Database db;

    @Test
    void riskWordsPutAnEnquiryFirstForAnAdviserToConfirmOrDismiss() {
        String older = TestMail.uniqueId();
        TestMail.send(TestMail.plain(TestMail.uniqueAddress("Calm"), "Older question " + older, older, "About blue badges."));
        TestMail.awaitFiled(older);
        String id = TestMail.uniqueId();
        String from = TestMail.uniqueAddress("Risk");
        TestMail.send(TestMail.plain(from, "Tired of it all " + id, id,
                "Since the relapse I can\u2019t go on like this. Some days I want to END IT ALL."));
        TestMail.awaitFiled(id);
        String quoted = TestMail.uniqueId();
        TestMail.send(TestMail.plain(TestMail.uniqueAddress("Quoting"), "Re: your leaflet " + quoted, quoted,
                "Thanks for the leaflet.\r\n> If you want to end it all, call the Samaritans."));
        TestMail.awaitFiled(quoted);

        List<EmailQueue.QueueItem> items = adviser.call(() -> queue.waiting(Instant.now()));
        int risky = indexOf(items, "Tired of it all " + id);
        assertTrue(risky < indexOf(items, "Older question " + older), "a risk goes before an older email");
        EmailQueue.QueueItem item = items.get(risky);
        assertEquals(RiskState.SUGGESTED, item.riskState());
        assertEquals("end it all, can't go on", item.riskWords(), "in the list's order");
        assertEquals(RiskState.NONE, items.get(indexOf(items, "Re: your leaflet " + quoted)).riskState(),
                "words quoted from an earlier email raise nothing");

        long thread = item.id();
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> adviser.call(() -> {
            queue.dismissRisk(thread, queue.get(thread).version(), "  ");
            return null;
        })).getRefusals().get(0).field());

        // Confirmed: the email logged as a contact with the risk, which alerts supervisors.
        EmailQueue.Enquiry enquiry = adviser.call(() -> queue.get(thread));
        assertEquals(List.of(RiskKind.RISK_TO_LIFE), enquiry.riskKinds());
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Rhiannon", "Risk"), ContactForms.uniqueMobile());
        form.getCaller().setEmail(from);
        form.getContact().setChannel("email");
        form.getContact().setEmailId(enquiry.latestIn().id());
        form.getRisk().setRisks(EnumSet.of(RiskKind.RISK_TO_LIFE));
        Contact logged = adviser.call(() -> contacts.log(form));
        assertEquals(1, db.count("select count(a) from SafeguardingAlert a where a.riskFlag.contact.id = " + logged.getId()));
        EmailQueue.Enquiry confirmed = adviser.call(() -> queue.get(thread));
        assertEquals(RiskState.CONFIRMED, confirmed.riskState());
        assertEquals("Asha Patel", confirmed.riskReviewedBy());
    }

    @Test
    void aSuggestedRiskDismissedKeepsTheReason() {
        String id = TestMail.uniqueId();
        TestMail.send(TestMail.plain(TestMail.uniqueAddress("Dose"), "Missed dose " + id, id,
                "I think I took an overdose of my vitamin D by mistake, is that a problem?"));
        TestMail.awaitFiled(id);
        long thread = ((Number) db.nativeQuery("select thread_id from email_message where message_key = ?1", id).get(0)).longValue();
        adviser.call(() -> {
            queue.take(thread);
            return null;
        });
        EmailQueue.Enquiry read = adviser.call(() -> queue.get(thread));
        assertEquals(List.of(RiskKind.SELF_HARM), read.riskKinds());
        assertThrows(EmailException.class, () -> adviser2.call(() -> {
            queue.dismissRisk(thread, read.version(), "Not mine to judge");
            return null;
        }), "while one adviser holds it, the risk is theirs to judge (or a supervisor's)");

        // Not closed while the risk waits for a decision; answered, it stays in the queue until decided.
        assertEquals("enquiry", assertThrows(EmailException.class, () -> adviser.call(() -> {
            queue.close(thread, read.version());
            return null;
        })).getRefusals().get(0).field());
        adviser.call(() -> replies.reply(thread, read.version(), "Thank you for writing: one extra dose of vitamin D "
                + "is not a danger, but do tell your GP."));
        EmailQueue.QueueItem answered = adviser.call(() -> queue.waiting(Instant.now())).stream()
                .filter(i -> i.id() == thread).findFirst().orElseThrow(() -> new AssertionError("left the queue undecided"));
        assertEquals(ThreadStatus.ANSWERED, answered.status());
        assertEquals(RiskState.SUGGESTED, answered.riskState());
        assertEquals(thread, adviser2.call(() -> queue.get(thread)).id(), "answered, it is still the team's to decide");
        // The wallboard counts it with every other undecided risk (the intake may file more meanwhile: compared in turn).
        TestMail.waitUntil("the wallboard's count of undecided risks", java.time.Duration.ofSeconds(10),
                this::wallboardCountsEveryUndecidedRisk);

        // Dismissed on what the adviser last read: refused when it has changed since (the reply changed it here).
        assertThrows(ConcurrentEditException.class, () -> adviser.call(() -> {
            queue.dismissRisk(thread, read.version(), "Read before the reply");
            return null;
        }));
        adviser.call(() -> {
            queue.dismissRisk(thread, queue.get(thread).version(),
                    "An accidental double dose of a vitamin; no intent to harm. Advised to ask the GP.");
            return null;
        });
        EmailQueue.Enquiry dismissed = adviser.call(() -> queue.get(thread));
        assertEquals(RiskState.DISMISSED, dismissed.riskState());
        assertTrue(dismissed.riskNote().startsWith("An accidental double dose"));
        assertTrue(adviser.call(() -> queue.waiting(Instant.now())).stream().noneMatch(i -> i.id() == thread),
                "decided and answered, it leaves the queue");
        TestMail.waitUntil("the wallboard's count without the risk decided", java.time.Duration.ofSeconds(10),
                this::wallboardCountsEveryUndecidedRisk);
    }

    private boolean wallboardCountsEveryUndecidedRisk() {
        return supervisor.call(() -> wallboard.figures(Instant.now())).emailRisksToDecide() == db.count(
                "select count(t) from EmailThread t where t.riskState = org.helpline.email.RiskState.SUGGESTED");
    }

    @Test
    void aNewEnquiryIsAcknowledgedOnceAndRobotsAreNeverAnswered() throws Exception {
        String from = TestMail.uniqueAddress("Ack");
        String first = TestMail.uniqueId();
        TestMail.send(TestMail.plain(from, "First " + first, first, "Hello"));
        TestMail.awaitFiled(first);
        List<Message> acks = inbox(from);
        assertEquals(1, acks.size(), "one acknowledgement");
        Message ack = acks.get(0);
        assertEquals("auto-replied", ack.getHeader("Auto-Submitted")[0]);
        assertEquals(first, ack.getHeader("In-Reply-To")[0]);
        String text = String.valueOf(ack.getContent());
        assertTrue(text.contains("An adviser will answer by ") && !text.contains("{answer by}"), text);
        assertTrue(text.contains("116 123"), "where to turn in a crisis: " + text);

        // The same person writing five more times in a row (a loop, or a worried person): no more acknowledgements.
        for (int i = 0; i < 5; i++) {
            String again = TestMail.uniqueId();
            TestMail.send(TestMail.plain(from, "Again " + i + " " + again, again, "Hello again"));
            TestMail.awaitFiled(again);
        }
        assertEquals(1, inbox(from).size(), "still one acknowledgement");

        String robot = TestMail.uniqueAddress("Away");
        String auto = TestMail.uniqueId();
        TestMail.send(TestMail.plain(robot, "Out of office " + auto, auto, "I am away until Monday.")
                .replace("MIME-Version", "Auto-Submitted: auto-replied\r\nMIME-Version"));
        TestMail.awaitFiled(auto);
        String daemon = "mailer-daemon@" + robot.substring(robot.indexOf('@') + 1);
        String bounce = TestMail.uniqueId();
        TestMail.send(TestMail.plain(daemon, "Undeliverable " + bounce, bounce, "Delivery failed."));
        TestMail.awaitFiled(bounce);
        String self = TestMail.uniqueId();
        TestMail.send(TestMail.plain(TestMail.HELPLINE, "Looped " + self, self, "From ourselves"));
        TestMail.awaitFiled(self);
        assertTrue(inbox(robot).isEmpty(), "an auto-reply is not answered");
        assertTrue(inbox(daemon).isEmpty(), "nor a mail robot");
        assertEquals(0, db.count("select count(m) from EmailMessage m where m.inReplyTo = '" + self + "'"),
                "nor the helpline itself");
    }

    @Test
    void adminsEditTheAcknowledgementAndTheWords() throws Exception {
        EmailSettingsAdmin.Form before = admin.call(settings::get);
        try {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> admin.call(() -> settings.save(
                    new EmailSettingsAdmin.Form(before.version(), true, " ", before.riskToLifeWords(), "x", before.abuseWords()))));
            assertEquals(List.of("acknowledgement", "selfHarmWords"),
                    refused.getRefusals().stream().map(r -> r.field()).toList());
            EmailSettingsAdmin.Form saved = admin.call(() -> settings.save(new EmailSettingsAdmin.Form(before.version(),
                    false, before.acknowledgement(), before.riskToLifeWords() + "\nlost all hope", before.selfHarmWords(),
                    before.abuseWords())));
            assertFalse(saved.acknowledge());
            assertThrows(org.helpline.shared.ConcurrentEditException.class, () -> admin.call(() -> settings.save(before)),
                    "a stale copy is refused");
            assertThrows(jakarta.ejb.EJBAccessException.class, () -> adviser.call(settings::get));

            String from = TestMail.uniqueAddress("Hope");
            String id = TestMail.uniqueId();
            TestMail.send(TestMail.plain(from, "No hope " + id, id, "I have lost all hope."));
            TestMail.awaitFiled(id);
            assertEquals("SUGGESTED", db.nativeQuery("select t.risk_state from email_thread t join email_message m "
                    + "on m.thread_id = t.id where m.message_key = ?1", id).get(0));
            assertTrue(inbox(from).isEmpty(), "acknowledgements off: none sent");
        } finally {
            EmailSettingsAdmin.Form now = admin.call(settings::get);
            admin.call(() -> settings.save(new EmailSettingsAdmin.Form(now.version(), true, before.acknowledgement(),
                    before.riskToLifeWords(), before.selfHarmWords(), before.abuseWords())));
        }
    }

    private static int indexOf(List<EmailQueue.QueueItem> items, String subject) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).subject().equals(subject)) {
                return i;
            }
        }
        throw new AssertionError("not in the queue: " + subject);
    }

    private static List<Message> inbox(String user) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", "3243");
        Store store = Session.getInstance(properties).getStore("imap");
        try {
            store.connect(user, user);
        } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
            return List.of();
        }
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        List<Message> all = List.of(inbox.getMessages());
        for (Message m : all) {
            m.getContent();
        }
        return all;
    }
}
