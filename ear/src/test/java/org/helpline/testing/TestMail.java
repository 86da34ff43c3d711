package org.helpline.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.helpline.email.EmailIntake;

/**
 * A mail client for the tests, talking to the tests' GreenMail ({@link org.helpline.testing.suite.MailServer})
 * over SMTP and IMAP as a correspondent's mail program would: sends emails to the helpline exactly as written
 * (Message-ID and all), puts one straight into the helpline's inbox (as a server delivering again would), and
 * reads any mailbox's folders.
 */
public final class TestMail {

    public static final String HELPLINE = "helpline@helpline.test";
    private static final String HELPLINE_PASSWORD = "demo-mailbox";
    private static final int SMTP_PORT = 3125;
    private static final int IMAP_PORT = 3243;

    private TestMail() {
    }

    /**
     * Waits until {@code done} holds, checking every quarter second (the helpline reads its mailbox every two
     * seconds in the tests); fails naming {@code what} after {@code atMost}. For tests inside the server, where
     * Awaitility is not deployed.
     */
    public static void waitUntil(String what, Duration atMost, BooleanSupplier done) {
        Instant until = Instant.now().plus(atMost);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within " + atMost.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** Waits until the helpline has filed the email with this Message-ID: out of its inbox, into its filed folder. */
    public static void awaitFiled(String id) {
        waitUntil(id + " filed", Duration.ofSeconds(30),
                () -> helplineFolder(EmailIntake.FILED).contains(id) && !helplineFolder("INBOX").contains(id));
    }

    /** A unique address for a test's correspondent, at example.org. */
    public static String uniqueAddress(String who) {
        return who.toLowerCase(java.util.Locale.ROOT) + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A unique Message-ID. */
    public static String uniqueId() {
        return "<" + UUID.randomUUID() + "@example.org>";
    }

    /** A plain email to the helpline, as its lines. */
    public static String plain(String from, String subject, String messageId, String text) {
        return "From: " + from + "\r\nTo: " + HELPLINE + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId
                + "\r\nDate: Mon, 7 Dec 2026 09:30:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + text + "\r\n";
    }

    /** Sends the email over SMTP, as written: its own Message-ID kept. */
    public static void send(String raw) {
        send(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(byte[] raw) {
        Session session = Session.getInstance(smtp());
        try {
            MimeMessage message = new AsWritten(session, raw);
            Transport.send(message, new InternetAddress[] {new InternetAddress(HELPLINE)});
        } catch (MessagingException e) {
            throw new IllegalStateException("the test mail server refused the email", e);
        }
    }

    /** Puts the email straight into the helpline's inbox (IMAP APPEND), byte for byte. */
    public static void append(String raw) {
        appendTo("INBOX", raw, null);
    }

    /**
     * Puts the email into a folder of the helpline's mailbox, byte for byte, as if it reached the mailbox at
     * {@code arrived} (its IMAP INTERNALDATE; null for now).
     */
    public static void appendTo(String folderName, String raw, java.time.Instant arrived) {
        try (Store store = store(HELPLINE, HELPLINE_PASSWORD)) {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            AsWritten message = new AsWritten(Session.getInstance(new Properties()), raw.getBytes(StandardCharsets.UTF_8));
            message.arrived = arrived == null ? null : java.util.Date.from(arrived);
            folder.appendMessages(new Message[] {message});
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Work on one of the helpline's folders, as the helpline's own mail code would do it. */
    @FunctionalInterface
    public interface FolderWork<T> {
        T on(Folder folder) throws MessagingException;
    }

    /** Does {@code work} on the helpline's folder {@code folderName}, signed in as the helpline. */
    public static <T> T inHelplineFolder(String folderName, FolderWork<T> work) {
        try (Store store = store(HELPLINE, HELPLINE_PASSWORD)) {
            return work.on(store.getFolder(folderName));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Message-IDs in one of the helpline's folders. */
    public static List<String> helplineFolder(String folder) {
        return messageIds(HELPLINE, HELPLINE_PASSWORD, folder);
    }

    /**
     * The Message-IDs in a mailbox's folder (GreenMail signs correspondents in with their address as password),
     * leaving out those flagged deleted: moved, and gone when the reader closes the folder.
     */
    public static List<String> messageIds(String user, String password, String folderName) {
        List<String> ids = new ArrayList<>();
        try (Store store = store(user, password)) {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return ids;
            }
            folder.open(Folder.READ_ONLY);
            for (Message message : folder.getMessages()) {
                if (message.isSet(jakarta.mail.Flags.Flag.DELETED)) {
                    continue; // moved out already, gone when the reader closes the folder
                }
                String[] id = message.getHeader("Message-ID");
                ids.add(id == null ? null : id[0]);
            }
            folder.close(false);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static Store store(String user, String password) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(IMAP_PORT));
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(user, password);
        return store;
    }

    private static Properties smtp() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(SMTP_PORT));
        return properties;
    }

    /** A message sent as it was written: Jakarta Mail would otherwise give it a new Message-ID on sending. */
    private static final class AsWritten extends MimeMessage {
        private java.util.Date arrived;

        AsWritten(Session session, byte[] raw) throws MessagingException {
            super(session, new ByteArrayInputStream(raw));
        }

        /** The date an IMAP APPEND gives the server as the message's arrival (INTERNALDATE). */
        @Override
        public java.util.Date getReceivedDate() {
            return arrived == null ? null : new java.util.Date(arrived.getTime());
        }

        @Override
        protected void updateMessageID() {
            // keep the Message-ID it was written with (none stays none)
        }

        @Override
        public void saveChanges() {
            // sent exactly as written
        }
    }
}
