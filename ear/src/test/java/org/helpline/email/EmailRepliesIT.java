package org.helpline.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.helpline.calls.Direction;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSecondAdviser;
import org.helpline.testing.Database;
import org.helpline.testing.TestMail;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replies from Helpline arrive in the correspondent's mailbox threaded under their email (In-Reply-To,
 * References), and the correspondent's answer to the reply joins the same enquiry.
 */
@ExtendWith(ArquillianExtension.class)
class EmailRepliesIT {

    @Inject AsAdviser adviser;
    @Inject AsSecondAdviser adviser2;
    @Inject EmailQueue queue;
    @Inject EmailReplies replies;
    @Inject Database db;

    @Test
    void aReplyArrivesThreadedAndTheAnswerToItJoinsTheEnquiry() throws Exception {
        String from = TestMail.uniqueAddress("Replied");
        String first = TestMail.uniqueId();
        TestMail.send(TestMail.plain(from, "Vitamin D and MS " + first, first, "Should I take vitamin D?")
                .replace("MIME-Version", "References: <older@example.org>\r\nMIME-Version"));
        TestMail.awaitFiled(first);
        long thread = threadOf(first);

        assertEquals("text", assertThrows(InvalidInputException.class,
                () -> adviser.call(() -> replies.reply(thread, queue.get(thread).version(), "   "))).getRefusals().get(0).field());
        EmailReplies.Sent sent = adviser.call(() -> replies.reply(thread, queue.get(thread).version(), "Thank you for writing. Our information "
                + "sheet on vitamin D is below."));
        assertEquals(from, sent.to());

        // In the correspondent's own mailbox, threaded under their email.
        TestMail.waitUntil("the reply in the sender's inbox", Duration.ofSeconds(20),
                () -> TestMail.messageIds(from, from, "INBOX").contains(sent.messageKey()));
        Message received = message(from, sent.messageKey());
        assertEquals(first, received.getHeader("In-Reply-To")[0]);
        assertEquals("<older@example.org> " + first, received.getHeader("References")[0].replaceAll("\\s+", " "));
        assertEquals("Re: Vitamin D and MS " + first, received.getSubject());
        String text = String.valueOf(received.getContent()).replace("\r\n", "\n");
        assertTrue(text.contains("information sheet on vitamin D") && text.contains("\n-- \n"), text);

        EmailQueue.Enquiry answered = adviser.call(() -> queue.get(thread));
        assertEquals(ThreadStatus.ANSWERED, answered.status());
        assertEquals(List.of(Direction.INBOUND, Direction.OUTBOUND, Direction.OUTBOUND),
                answered.emails().stream().map(EmailQueue.Email::direction).toList(), "the email, the acknowledgement, the reply");
        assertEquals(List.of(false, true, false), answered.emails().stream().map(EmailQueue.Email::autoSubmitted).toList());
        assertTrue(adviser.call(() -> queue.waiting(java.time.Instant.now())).stream().noneMatch(i -> i.id() == thread),
                "an answered enquiry leaves the queue");

        // Their out-of-office answers the reply: it joins the enquiry and leaves it answered.
        String away = TestMail.uniqueId();
        TestMail.send(TestMail.plain(from, "Automatic reply: Vitamin D and MS", away, "I am away until Monday.")
                .replace("MIME-Version", "Auto-Submitted: auto-replied\r\nIn-Reply-To: " + sent.messageKey()
                        + "\r\nMIME-Version"));
        TestMail.awaitFiled(away);
        assertEquals(thread, threadOf(away));
        assertEquals(ThreadStatus.ANSWERED, adviser.call(() -> queue.get(thread)).status(), "an auto-reply reopens nothing");

        // The correspondent answers the reply: the same enquiry, waiting again.
        String answer = TestMail.uniqueId();
        TestMail.send(TestMail.plain(from, "Re: Vitamin D and MS " + first, answer, "Thanks, how much a day?")
                .replace("MIME-Version", "In-Reply-To: " + sent.messageKey() + "\r\nReferences: " + first + " "
                        + sent.messageKey() + "\r\nMIME-Version"));
        TestMail.awaitFiled(answer);
        assertEquals(thread, threadOf(answer));
        assertEquals(ThreadStatus.WAITING, adviser.call(() -> queue.get(thread)).status());
    }

    @Test
    void onlyTheAdviserHoldingAnEnquiryRepliesToIt() {
        String id = TestMail.uniqueId();
        TestMail.send(TestMail.plain(TestMail.uniqueAddress("Held"), "Held " + id, id, "Hello"));
        TestMail.awaitFiled(id);
        long thread = threadOf(id);
        adviser.call(() -> {
            queue.take(thread);
            return null;
        });
        assertThrows(EmailException.class, () -> adviser2.call(() -> replies.reply(thread, queue.get(thread).version(), "Me instead")));
        assertEquals(0, db.count("select count(m) from EmailMessage m where m.thread.id = " + thread
                + " and m.direction = org.helpline.calls.Direction.OUTBOUND and m.autoSubmitted = false"),
                "nothing sent, nothing filed (but the acknowledgement)");
    }

    private static Message message(String user, String key) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", "3243");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(user, user);
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        for (Message m : inbox.getMessages()) {
            if (key.equals(m.getHeader("Message-ID")[0])) {
                m.getContent();
                return m;
            }
        }
        throw new AssertionError("not in " + user + "'s inbox: " + key);
    }


    private long threadOf(String key) {
        return ((Number) db.nativeQuery("select thread_id from email_message where message_key = ?1", key).get(0)).longValue();
    }
}
