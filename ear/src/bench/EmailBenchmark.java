import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The email benchmark's driver (email-benchmark.sh runs it against a Helpline server reading a Dovecot or GreenMail
 * mailbox):
 *
 * 1. Arrival to queue: puts emails into the inbox one at a time, each at a random moment of the reading cycle and
 *    with its own Message-ID (into Dovecot's by IMAP APPEND, as a delivery agent does; into GreenMail's by SMTP,
 *    which it delivers at once), and times from the end of that to the moment its row is in the database
 *    (committed, so the queue page and the API show it), polling every 10 ms. Prints p50 / p95 / max.
 * 2. Throughput: puts N emails (distinct senders, so each is a new enquiry and gets an acknowledgement) into a
 *    folder of the helpline's mailbox, then copies them all into the inbox in one IMAP command, and times until
 *    the last of them is filed. Prints emails a second.
 *
 * Arguments: smtpPort imapPort jdbcUrl latencyEmails throughputEmails everySeconds dovecot|greenmail
 */
public final class EmailBenchmark {

    private static final String HELPLINE = "helpline@helpline.test";
    private static final String PASSWORD = "demo-mailbox";
    private static int everySeconds;
    private static boolean dovecot;

    public static void main(String[] args) throws Exception {
        int smtp = Integer.parseInt(args[0]);
        int imap = Integer.parseInt(args[1]);
        String jdbc = args[2];
        int latencyEmails = Integer.parseInt(args[3]);
        int throughputEmails = Integer.parseInt(args[4]);
        everySeconds = Integer.parseInt(args[5]);
        dovecot = args.length > 6 && "dovecot".equals(args[6]);
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtp));
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(imap));
        Session session = Session.getInstance(properties);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "unused")) {
            latency(session, db, latencyEmails);
            throughput(session, db, throughputEmails);
        }
    }

    private static void latency(Session session, Connection db, int emails) throws Exception {
        List<Long> millis = new ArrayList<>();
        java.util.Random random = new java.util.Random(2026);
        Store store = session.getStore("imap");
        store.connect(HELPLINE, PASSWORD);
        Folder inbox = store.getFolder("INBOX");
        for (int i = 0; i < emails; i++) {
            // At a random moment of the reading cycle, as people's emails come: sent at once after the last was
            // filed, each would land just after a read and wait the whole cycle.
            Thread.sleep(random.nextInt(everySeconds * 1000));
            String id = "<latency." + UUID.randomUUID() + "@bench.test>";
            MimeMessage message = email(session, "latency" + i + "@bench.test", "Latency " + i, id, "A question, "
                    + "number " + i + ", about fatigue and the FACETS course.");
            if (dovecot) {
                inbox.appendMessages(new Message[] {message});
            } else {
                Transport.send(message);
            }
            long sent = System.nanoTime();
            while (!filed(db, id)) {
                Thread.sleep(10);
                if (System.nanoTime() - sent > 120_000_000_000L) {
                    throw new IllegalStateException("not filed within 2 minutes: " + id);
                }
            }
            millis.add((System.nanoTime() - sent) / 1_000_000);
        }
        store.close();
        Collections.sort(millis);
        System.out.printf(Locale.UK, "arrival to queue: %d emails, p50 %d ms, p95 %d ms, max %d ms%n", emails,
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1));
    }

    private static void throughput(Session session, Connection db, int emails) throws Exception {
        String batch = "batch" + UUID.randomUUID().toString().substring(0, 8);
        Store store = session.getStore("imap");
        store.connect(HELPLINE, PASSWORD);
        Folder staging = store.getFolder("Bench staging");
        if (!staging.exists()) {
            staging.create(Folder.HOLDS_MESSAGES);
        }
        long appendStarted = System.nanoTime();
        List<Message> chunk = new ArrayList<>();
        for (int i = 0; i < emails; i++) {
            chunk.add(email(session, batch + "." + i + "@bench.test", "Waiting " + i, "<" + batch + "." + i + "@bench.test>",
                    "An email waiting in the inbox, number " + i + ". My husband has MS and I would like to know "
                            + "about carers' support near us, and whether the FACETS course runs online."));
            // One at a time to GreenMail: it does not answer an APPEND of several messages.
            if (!dovecot || chunk.size() == 500 || i == emails - 1) {
                staging.appendMessages(chunk.toArray(Message[]::new));
                chunk.clear();
            }
        }
        System.out.printf(Locale.UK, "staged %d emails in %d s%n", emails, (System.nanoTime() - appendStarted) / 1_000_000_000);
        staging.open(Folder.READ_WRITE);
        Folder inbox = store.getFolder("INBOX");
        long started = System.nanoTime();
        staging.copyMessages(staging.getMessages(), inbox);
        long count = 0;
        while (count < emails) {
            Thread.sleep(200);
            count = filedOfBatch(db, batch);
            if (System.nanoTime() - started > 3_600_000_000_000L) {
                throw new IllegalStateException("only " + count + " filed within an hour");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.UK, "throughput: %d waiting emails filed in %.1f s: %.1f emails a second%n", emails,
                seconds, emails / seconds);
        long acknowledged = acknowledgementsOfBatch(db, batch);
        System.out.printf(Locale.UK, "acknowledgements sent with them: %d%n", acknowledged);
        staging.setFlags(staging.getMessages(), new jakarta.mail.Flags(jakarta.mail.Flags.Flag.DELETED), true);
        staging.close(true);
        store.close();
    }

    private static MimeMessage email(Session session, String from, String subject, String id, String text) throws Exception {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", id);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(HELPLINE));
        message.setSubject(subject);
        message.setText(text, "UTF-8");
        message.saveChanges();
        return message;
    }

    private static boolean filed(Connection db, String key) throws Exception {
        try (PreparedStatement query = db.prepareStatement("select 1 from email_message where message_key = ?")) {
            query.setString(1, key);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    private static long filedOfBatch(Connection db, String batch) throws Exception {
        return count(db, "select count(*) from email_message where message_key like ? and direction = 'INBOUND'", batch);
    }

    private static long acknowledgementsOfBatch(Connection db, String batch) throws Exception {
        return count(db, "select count(*) from email_message where direction = 'OUTBOUND' and auto_submitted "
                + "and to_addresses like ?", batch);
    }

    private static long count(Connection db, String sql, String batch) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, "%" + batch + "%");
            try (ResultSet found = query.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        }
    }
}
