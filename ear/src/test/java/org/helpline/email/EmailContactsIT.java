package org.helpline.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.helpline.calls.Contact;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.privacy.Erasure;
import org.helpline.privacy.Retention;
import org.helpline.privacy.SubjectAccess;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.InvalidInputsException;
import org.helpline.shared.NotFoundException;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.helpline.testing.TestMail;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every email is a contact: logged from the email, on the caller's record, in their subject access file, and
 * gone with them on erasure (files and bytes as received included); an old enquiry goes by retention.
 */
@ExtendWith(ArquillianExtension.class)
class EmailContactsIT {

    @Inject AsAdviser adviser;
    @Inject AsAdmin admin;
    @Inject EmailQueue queue;
    @Inject EmailReplies replies;
    @Inject ContactLog contacts;
    @Inject Erasure erasure;
    @Inject Retention retention;
    @Inject SubjectAccess subjectAccess;
    @Inject Database db;

    private static String withAttachment(String from, String subject, String id, String canary) {
        return "From: " + from + "\r\nTo: " + TestMail.HELPLINE + "\r\nSubject: " + subject + "\r\nMessage-ID: " + id
                + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nMy symptoms: " + canary + "\r\n--b\r\n"
                + "Content-Type: text/plain; name=\"diary.txt\"\r\nContent-Disposition: attachment; filename=\"diary.txt\"\r\n\r\n"
                + "Diary " + canary + "\r\n--b--\r\n";
    }

    @Test
    void anEmailLoggedAsAContactIsTheCallersAndGoesWithThemOnErasure() {
        String address = TestMail.uniqueAddress("Logged");
        String canary = "Canary" + ContactForms.unique();
        String id = TestMail.uniqueId();
        TestMail.send(withAttachment(address, "Numb hands " + id, id, canary));
        TestMail.awaitFiled(id);
        long messageId = messageOf(id);

        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Ffion", "Emailer"), ContactForms.uniqueMobile());
        form.getCaller().setEmail(address);
        form.getContact().setEmailId(messageId);
        form.getContact().setChannel("email");
        form.getContact().setSummary("Numb hands; sent symptom information. " + canary);
        Contact contact = adviser.call(() -> contacts.log(form));
        long callerId = contact.getCaller().getId();
        assertEquals(contact.getId(), ((Number) db.nativeQuery("select contact_id from email_message where id = ?1",
                messageId).get(0)).longValue());
        assertTrue(adviser.call(() -> queue.forContact(messageId)).logged());

        // Logged once only; and only as an email.
        ContactForm again = ContactForms.anonymousCall();
        again.getContact().setEmailId(messageId);
        again.getContact().setChannel("email");
        assertEquals("emailId", assertThrows(InvalidInputException.class, () -> adviser.call(() -> contacts.log(again)))
                .getRefusals().get(0).field());
        ContactForm byPhone = ContactForms.anonymousCall();
        byPhone.getContact().setEmailId(messageId);
        assertTrue(assertThrows(InvalidInputsException.class, () -> adviser.call(() -> contacts.log(byPhone)))
                .getRefusals().stream().anyMatch(r -> r.field().equals("channel")));
        ContactForm nowhere = ContactForms.anonymousCall();
        nowhere.getContact().setEmailId(Long.MAX_VALUE);
        nowhere.getContact().setChannel("email");
        assertThrows(NotFoundException.class, () -> adviser.call(() -> contacts.log(nowhere)));

        // A reply, then the caller's subject access file holds both emails and the file.
        long thread = threadOf(id);
        adviser.call(() -> replies.reply(thread, queue.get(thread).version(), "Thank you, " + canary));
        JsonObject dossier = admin.call(() -> subjectAccess.dossier(callerId));
        assertEquals(3, dossier.getJsonArray("emails").size(), "the email, its acknowledgement, the reply");
        assertTrue(dossier.getJsonArray("emails").toString().contains("diary.txt"));

        admin.call(() -> erasure.erase(callerId, "Asked in writing"));
        assertEquals(0, db.count("select count(m) from EmailMessage m where m.textBody like '%" + canary + "%'"),
                "no email text names it");
        assertEquals(0, db.count("select count(t) from EmailThread t where t.correspondent = '" + address + "'"));
        assertEquals(0, ((Number) db.nativeQuery("select count(*) from email_attachment a join email_message m "
                + "on m.id = a.message_id where m.thread_id = ?1", thread).get(0)).longValue(), "the files are gone");
        assertEquals(0, ((Number) db.nativeQuery("select count(*) from email_source s join email_message m "
                + "on m.id = s.message_id where m.thread_id = ?1", thread).get(0)).longValue(), "and the bytes as received");
        assertEquals(3, db.count("select count(m) from EmailMessage m where m.thread.id = " + thread),
                "that the emails happened stays, for the figures");
    }

    @Test
    void anOldEnquiryNobodyHoldsGoesByRetention() {
        String canary = "Canary" + ContactForms.unique();
        String id = TestMail.uniqueId();
        TestMail.send(withAttachment(TestMail.uniqueAddress("Old"), "Old question " + id, id, canary));
        TestMail.awaitFiled(id);
        long thread = threadOf(id);
        Instant sevenYearsAgo = ZonedDateTime.now(HelplineTime.ZONE).minusYears(7).toInstant();
        db.nativeUpdate("update email_message set received_at = ?1 where thread_id = ?2", sevenYearsAgo, thread);
        assertTrue(db.nativeQuery("select status from email_thread where id = ?1", thread).get(0).toString().equals("WAITING"));
        admin.call(() -> retention.shredDue(Instant.now()));
        assertEquals(1, db.count("select count(m) from EmailMessage m where m.textBody like '%" + canary + "%'"),
                "one still waiting for an answer is kept");

        db.nativeUpdate("update email_thread set status = 'CLOSED' where id = ?1", thread);
        admin.call(() -> retention.shredDue(Instant.now()));
        assertEquals(0, db.count("select count(m) from EmailMessage m where m.textBody like '%" + canary + "%'"));
        assertEquals(0, ((Number) db.nativeQuery("select count(*) from email_attachment a join email_message m "
                + "on m.id = a.message_id where m.thread_id = ?1", thread).get(0)).longValue());
    }

    @Test
    void aSharedAddressGivesNoCallerAnotherCallersEmails() {
        // A household writes from one address: one email logged as the husband's contact, one logged as nobody's.
        String address = TestMail.uniqueAddress("Household");
        String hisCanary = "Canary" + ContactForms.unique();
        String unloggedCanary = "Canary" + ContactForms.unique();
        String his = TestMail.uniqueId();
        String unlogged = TestMail.uniqueId();
        TestMail.send(withAttachment(address, "For my husband " + his, his, hisCanary));
        TestMail.send(withAttachment(address, "Another question " + unlogged, unlogged, unloggedCanary));
        TestMail.awaitFiled(his);
        TestMail.awaitFiled(unlogged);

        ContactForm husband = ContactForms.namedCall(ContactForms.uniqueName("Gareth", "Household"), ContactForms.uniqueMobile());
        husband.getCaller().setEmail(address);
        husband.getContact().setEmailId(messageOf(his));
        husband.getContact().setChannel("email");
        husband.getContact().setSummary("Asked about FACETS for her husband.");
        long husbandId = adviser.call(() -> contacts.log(husband)).getCaller().getId();
        ContactForm wife = ContactForms.namedCall(ContactForms.uniqueName("Mair", "Household"), ContactForms.uniqueMobile());
        wife.getCaller().setEmail(address);
        long wifeId = adviser.call(() -> contacts.log(wife)).getCaller().getId();

        String wifesFile = admin.call(() -> subjectAccess.dossier(wifeId)).toString();
        assertTrue(!wifesFile.contains(hisCanary) && !wifesFile.contains(unloggedCanary),
                "neither his email nor one the address shares is in her file");
        String hisFile = admin.call(() -> subjectAccess.dossier(husbandId)).toString();
        assertTrue(hisFile.contains(hisCanary), "his is in his");
        assertTrue(!hisFile.contains(unloggedCanary), "one logged as nobody's from a shared address is not his alone");

        admin.call(() -> erasure.erase(wifeId, "Asked in writing"));
        assertEquals(1, db.count("select count(m) from EmailMessage m where m.textBody like '%" + hisCanary + "%'"),
                "erasing her leaves his email");
        assertEquals(1, db.count("select count(m) from EmailMessage m where m.textBody like '%" + unloggedCanary + "%'"),
                "and the shared one");

        // Old, his enquiry is kept while he is (his case, or a recent contact, keeps him): it goes with him.
        Instant sevenYearsAgo = ZonedDateTime.now(HelplineTime.ZONE).minusYears(7).toInstant();
        long thread = threadOf(his);
        db.nativeUpdate("update email_message set received_at = ?1 where thread_id = ?2", sevenYearsAgo, thread);
        db.nativeUpdate("update email_thread set status = 'ANSWERED' where id = ?1", thread);
        admin.call(() -> retention.shredDue(Instant.now()));
        assertEquals(1, db.count("select count(m) from EmailMessage m where m.textBody like '%" + hisCanary + "%'"),
                "a kept caller's email is kept");
    }

    private long threadOf(String key) {
        return ((Number) db.nativeQuery("select thread_id from email_message where message_key = ?1", key).get(0)).longValue();
    }

    private long messageOf(String key) {
        return ((Number) db.nativeQuery("select id from email_message where message_key = ?1", key).get(0)).longValue();
    }
}
