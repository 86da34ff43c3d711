package org.helpline.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.shared.NotFoundException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsManager;
import org.helpline.testing.AsSecondAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.helpline.testing.TestMail;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The helpline's mailbox read into the email queue, against a real mail server (the tests' GreenMail): an
 * email is one enquiry however often it arrives, one left in the inbox after filing (a crash between the
 * commit and the move) files nothing twice, replies join their enquiry, and the awkward ones (too large,
 * HTML with scripts, a stranger's reply to a thread) are kept readable.
 */
@ExtendWith(ArquillianExtension.class)
class EmailIntakeIT {

    private static final Duration FILED_WITHIN = Duration.ofSeconds(30);

    @Inject AsAdviser adviser;
    @Inject AsSecondAdviser adviser2;
    @Inject AsSupervisor supervisor;
    @Inject AsManager manager;
    @Inject EmailQueue queue;
    @Inject ContactLog contacts;
    @Inject Database db;

    @Test
    void theMailboxsCopiesOfFiledEmailsGoAfterTheKeepingTime() {
        // A folder of its own, so that the helpline's running intake and this test leave each other's copies be.
        String folder = "Filed copies " + TestMail.uniqueId().substring(1, 9);
        String oldId = TestMail.uniqueId();
        String newId = TestMail.uniqueId();
        Instant now = Instant.now();
        TestMail.appendTo(folder, TestMail.plain("old@example.test", "Old", oldId, "Filed long ago."),
                now.minus(Duration.ofDays(31)));
        TestMail.appendTo(folder, TestMail.plain("new@example.test", "New", newId, "Filed lately."),
                now.minus(Duration.ofDays(29)));

        int deleted = TestMail.inHelplineFolder(folder,
                f -> FiledCopies.deleteArrivedBefore(f, now.minus(Duration.ofDays(30))));

        assertEquals(1, deleted);
        assertEquals(List.of(newId), TestMail.helplineFolder(folder), "the copy within the keeping time stays");
    }

    @Test
    void anEmailIsOneEnquiryHoweverOftenItIsDelivered() {
        String from = TestMail.uniqueAddress("Carer");
        String id = TestMail.uniqueId();
        String subject = "Respite for my wife " + id;
        String raw = TestMail.plain("\"Sam Carer\" <" + from.toUpperCase(java.util.Locale.ROOT) + ">", subject, id,
                "My wife has MS and I need a break. Is there respite care near Leeds?");
        TestMail.send(raw);
        TestMail.send(raw);
        awaitMovedOut(id, 2);

        assertEquals(1, db.count("select count(m) from EmailMessage m where m.messageKey = '" + id + "'"));
        List<EmailQueue.QueueItem> mine = itemsAbout(subject);
        assertEquals(1, mine.size());
        EmailQueue.QueueItem item = mine.get(0);
        assertEquals(from, item.from(), "the address in lower case");
        assertEquals("Sam Carer", item.fromName());
        assertEquals(ThreadStatus.WAITING, item.status());
        assertEquals(1, item.emails());
        assertEquals("New to us", item.knownAs() == null ? "New to us" : item.knownAs());

        EmailQueue.Enquiry enquiry = adviser.call(() -> queue.get(item.id()));
        assertTrue(enquiry.emails().get(0).text().contains("respite care near Leeds"));
        assertEquals(AuthVerdict.NONE, enquiry.emails().get(0).verdict());
    }

    @Test
    void twoEmailsThatShareAMessageIdAreBothFiled() {
        String id = TestMail.uniqueId();
        String from = TestMail.uniqueAddress("Form");
        TestMail.send(TestMail.plain(from, "Web form " + id, id, "First question from the web form."));
        TestMail.awaitFiled(id);
        TestMail.send(TestMail.plain(from, "Web form " + id, id, "Second, different question, same Message-ID."));
        TestMail.waitUntil("the second filed", FILED_WITHIN,
                () -> db.count("select count(m) from EmailMessage m where m.messageKey like '" + id + "%'") == 2);
        assertEquals(1, db.count("select count(m) from EmailMessage m where m.messageKey like '" + id
                + "%' and m.textBody like 'Second, different%'"), "the second kept as written");
    }

    @Test
    void anEnquiryThatNeedsNoReplyIsClosed() {
        String id = TestMail.uniqueId();
        String subject = "Thanks! " + id;
        TestMail.send(TestMail.plain(TestMail.uniqueAddress("Thanks"), subject, id, "Thank you, that is all I needed."));
        TestMail.awaitFiled(id);
        long thread = threadOf(id);
        adviser.call(() -> {
            queue.close(thread, queue.get(thread).version());
            return null;
        });
        assertTrue(itemsAbout(subject).isEmpty(), "out of the queue");
        assertEquals(ThreadStatus.CLOSED, adviser.call(() -> queue.get(thread)).status(), "the adviser who closed it reads it");
        assertThrows(NotFoundException.class, () -> adviser2.call(() -> queue.get(thread)), "nobody else does");
    }

    @Test
    void anEmailLeftInTheInboxAfterItWasFiledIsNotFiledAgain() {
        String id = TestMail.uniqueId();
        String from = TestMail.uniqueAddress("Left");
        String raw = TestMail.plain(from, "Left behind " + id, id, "Filed, then the server stopped.");
        TestMail.send(raw);
        awaitMovedOut(id, 1);
        String threadsFrom = "select count(t) from EmailThread t where t.correspondent = '" + from + "'";
        long threads = db.count(threadsFrom);

        // What a crash between the commit and the move leaves: the email still in the inbox.
        TestMail.append(raw);
        awaitMovedOut(id, 2);
        assertEquals(1, db.count("select count(m) from EmailMessage m where m.messageKey = '" + id + "'"));
        assertEquals(threads, db.count(threadsFrom), "no new enquiry");
    }

    @Test
    void aReplyFromTheCorrespondentJoinsTheirEnquiryAndAStrangersDoesNot() {
        String from = TestMail.uniqueAddress("Thread");
        String first = TestMail.uniqueId();
        String subject = "Fatigue course " + first;
        TestMail.send(TestMail.plain(from, subject, first, "Is there a FACETS course online?"));
        awaitMovedOut(first, 1);

        String second = TestMail.uniqueId();
        TestMail.send(TestMail.plain(from, "Re: " + subject, second, "Also, is it free?").replace("MIME-Version",
                "In-Reply-To: " + first + "\r\nReferences: " + first + "\r\nMIME-Version"));
        String stranger = TestMail.uniqueId();
        TestMail.send(TestMail.plain(TestMail.uniqueAddress("Stranger"), "Re: " + subject, stranger, "Me too")
                .replace("MIME-Version", "In-Reply-To: " + first + "\r\nMIME-Version"));
        String unknown = TestMail.uniqueId();
        TestMail.send(TestMail.plain(from, "Re: an old email " + unknown, unknown, "Following up")
                .replace("MIME-Version", "In-Reply-To: <never-sent@helpline.test>\r\nMIME-Version"));
        awaitMovedOut(second, 1);
        awaitMovedOut(stranger, 1);
        awaitMovedOut(unknown, 1);

        long thread = threadOf(first);
        assertEquals(thread, threadOf(second), "the correspondent's reply joins their enquiry");
        assertEquals(2, adviser.call(() -> queue.get(thread)).emails().stream().filter(e -> !e.autoSubmitted()).count());
        assertNotEquals(thread, threadOf(stranger), "another address starts its own enquiry");
        assertTrue(problemOf(stranger).contains("different address"), problemOf(stranger));
        assertTrue(problemOf(unknown).contains("no record of"), problemOf(unknown));
    }

    @Test
    void anEmailTooLargeToTakeInIsFiledFromItsHeadersAndLeftWhole() {
        String id = TestMail.uniqueId();
        String subject = "Scans attached " + id;
        // The tests' limit is 1 MB (arquillian.xml); the default is 25 MB.
        String big = "X".repeat(76).concat("\r\n").repeat(16_000);
        TestMail.send(TestMail.plain(TestMail.uniqueAddress("Large"), subject, id, big));
        TestMail.waitUntil("moved to " + EmailIntake.TOO_LARGE, FILED_WITHIN,
                () -> TestMail.helplineFolder(EmailIntake.TOO_LARGE).contains(id));
        assertFalse(TestMail.helplineFolder("INBOX").contains(id));
        String problem = problemOf(id);
        assertTrue(problem.contains("too large") && problem.contains("1.0 MB") && problem.contains(EmailIntake.TOO_LARGE),
                problem);
        assertEquals(1, itemsAbout(subject).size(), "the team sees it came");
        assertEquals(0, db.count("select count(s) from EmailSource s where s.messageId = " + messageOf(id)),
                "its bytes stay in the mailbox");
    }

    @Test
    void htmlIsShownSanitisedAndAttachmentsOnlyToThoseAllowed() {
        String id = TestMail.uniqueId();
        String raw = "From: html@example.org\r\nTo: " + TestMail.HELPLINE + "\r\nSubject: Letter from my GP " + id
                + "\r\nMessage-ID: " + id + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>See <b>attached</b></p><script>alert(1)</script>"
                + "<img src=\"https://tracker.example/p.gif\">\r\n"
                + "--b\r\nContent-Type: application/pdf; name=\"gp-letter.pdf\"\r\nContent-Disposition: attachment; "
                + "filename=\"gp-letter.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n";
        TestMail.send(raw);
        awaitMovedOut(id, 1);
        long thread = threadOf(id);
        EmailQueue.Email email = adviser.call(() -> queue.get(thread)).emails().get(0);
        assertFalse(email.html().contains("script") || email.html().contains("<img"), email.html());
        assertTrue(email.text().contains("See attached"), email.text());
        assertEquals(1, email.attachments().size());
        long attachment = email.attachments().get(0).id();
        EmailQueue.AttachmentFile file = adviser.call(() -> queue.attachment(attachment));
        assertEquals("gp-letter.pdf", file.fileName());
        assertArrayEquals("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), file.content());
        assertThrows(EJBAccessException.class, () -> manager.call(() -> queue.attachment(attachment)));
        assertThrows(NotFoundException.class, () -> adviser.call(() -> queue.attachment(Long.MAX_VALUE)));
    }

    @Test
    void aSenderWhoIsACallerTheAdviserDoesNotWorkWithShowsMasked() {
        String address = TestMail.uniqueAddress("Hidden");
        String name = ContactForms.uniqueName("Morwenna", "Hidden");
        ContactForm form = ContactForms.namedCall(name, ContactForms.uniqueMobile());
        form.getCaller().setEmail(address);
        adviser2.call(() -> contacts.log(form));

        String id = TestMail.uniqueId();
        String subject = "Benefits question " + id;
        TestMail.send(TestMail.plain(address, subject, id, "About my PIP review."));
        awaitMovedOut(id, 1);

        EmailQueue.QueueItem seenByAdviser = itemsAbout(subject).get(0);
        assertFalse(seenByAdviser.identified());
        assertNull(seenByAdviser.callerId(), "no way to the caller's record");
        assertNotNull(seenByAdviser.knownAs());
        assertFalse(seenByAdviser.knownAs().contains("Morwenna"), seenByAdviser.knownAs());
        assertTrue(adviser.call(() -> queue.get(seenByAdviser.id())).matches().stream()
                .noneMatch(m -> m.identified() || m.displayName().contains("Morwenna")));

        EmailQueue.QueueItem seenByTheirAdviser = adviser2.call(() -> queue.waiting(Instant.now())).stream()
                .filter(i -> i.subject().equals(subject)).findFirst().orElseThrow();
        assertTrue(seenByTheirAdviser.identified());
        assertEquals(name, seenByTheirAdviser.knownAs());
    }

    @Test
    void twoAdvisersTakingOneEnquiryTheSecondIsTold() {
        String id = TestMail.uniqueId();
        String subject = "Who takes me " + id;
        TestMail.send(TestMail.plain(TestMail.uniqueAddress("Taken"), subject, id, "Hello"));
        awaitMovedOut(id, 1);
        long thread = threadOf(id);
        adviser.call(() -> {
            queue.take(thread);
            return null;
        });
        EmailException told = assertThrows(EmailException.class, () -> adviser2.call(() -> {
            queue.take(thread);
            return null;
        }));
        assertTrue(told.getMessage().contains(" took this email at "), told.getMessage());
        EmailQueue.QueueItem item = itemsAbout(subject).get(0);
        assertEquals(ThreadStatus.TAKEN, item.status());
        assertTrue(item.takenByMe());
        adviser.call(() -> {
            queue.release(thread);
            return null;
        });
        assertEquals(ThreadStatus.WAITING, itemsAbout(subject).get(0).status());
        assertThrows(NotFoundException.class, () -> adviser.call(() -> queue.get(Long.MAX_VALUE)));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> queue.waiting(Instant.now())));
    }

    private void awaitMovedOut(String id, int copiesFiled) {
        TestMail.waitUntil(id + " filed " + copiesFiled + " times", FILED_WITHIN, () ->
                Collections.frequency(TestMail.helplineFolder(EmailIntake.FILED), id) >= copiesFiled
                        && !TestMail.helplineFolder("INBOX").contains(id));
    }

    private List<EmailQueue.QueueItem> itemsAbout(String subject) {
        return adviser.call(() -> queue.waiting(Instant.now())).stream().filter(i -> i.subject().equals(subject)).toList();
    }

    private long threadOf(String key) {
        return ((Number) db.nativeQuery("select thread_id from email_message where message_key = ?1", key).get(0)).longValue();
    }

    private long messageOf(String key) {
        return ((Number) db.nativeQuery("select id from email_message where message_key = ?1", key).get(0)).longValue();
    }

    private String problemOf(String key) {
        return String.valueOf(db.nativeQuery("select problem from email_message where message_key = ?1", key).get(0));
    }
}
