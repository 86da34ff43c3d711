package org.helpline.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helpline.security.Roles;
import org.helpline.shared.cluster.ScheduledRuns;

/**
 * Reads the helpline's mailbox (IMAP, through WildFly's mail session {@code java:jboss/mail/Helpline}) into
 * enquiries. A persistent automatic timer (META-INF/jboss-ejb3.xml, every {@code helpline.email.every-seconds}),
 * so in a cluster one server reads at a time. Each email in the inbox is filed in a transaction of its own
 * ({@link EmailFiling}) and only after that commits is it moved to the folder {@value #FILED}; a crash in
 * between leaves it in the inbox, and the next run finds it filed already (by its Message-ID) and only moves it.
 * An email larger than {@code helpline.email.max-message-mb} is filed from its headers, saying so, and moved to
 * {@value #TOO_LARGE} whole. One that cannot be filed at all stays in the inbox for the next run.
 *
 * <p>The mailbox keeps a filed email's copy for {@code helpline.email.keep-filed-days} (30), then it is deleted
 * there: Helpline holds the email, under its retention, subject access and erasure, not a second system.
 *
 * <p>Where the server offers IMAP IDLE ({@code helpline.email.idle}, on by default), a run keeps the inbox open
 * between runs and files each email the moment the server announces it, until a second before the next run
 * (which, on one server or another, takes over); otherwise the inbox is read on the schedule alone.
 *
 * <p>Off unless {@code helpline.email.enabled} (HELPLINE_EMAIL_ENABLED) is true; the run command's demo and
 * the tests turn it on. The password is the mail session's; with {@code helpline.email.oauth2-token-file} set,
 * the mailbox is signed in to with XOAUTH2 and the token read from that file each time (kept fresh by whatever
 * obtains it: the mail provider's agent or a scheduled job).
 */
@Singleton
@RunAs(Roles.SUPERVISOR)
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmailIntake {

    private static final Logger LOG = Logger.getLogger(EmailIntake.class.getName());

    static final String JOB = "email-intake";
    /** The mailbox folder an email is moved to once filed; and the one an email too large to take in is moved to. */
    public static final String FILED = "Helpline filed";
    public static final String TOO_LARGE = "Helpline too large";
    private static final int BATCH = 200;

    @Resource(lookup = "java:jboss/mail/Helpline")
    Session mail;

    @Inject
    EmailFiling filing;

    @Inject
    ScheduledRuns runs;

    @Inject
    EmailAcknowledgements acknowledgements;

    @Inject
    @ConfigProperty(name = "helpline.email.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "helpline.email.max-message-mb", defaultValue = "25")
    int maxMessageMb;

    @Inject
    @ConfigProperty(name = "helpline.email.max-attachment-mb", defaultValue = "10")
    int maxAttachmentMb;

    @Inject
    @ConfigProperty(name = "helpline.email.authserv-id", defaultValue = " ")
    String authservId;

    @Inject
    @ConfigProperty(name = "helpline.email.oauth2-token-file", defaultValue = " ")
    String tokenFile;

    /**
     * Whether to wait on the inbox with IMAP IDLE between runs, where the server offers it: on by default (against
     * Dovecot an email shows in half a second, not the five of reading every ten; BENCHMARKS.md). The demo and the
     * tests turn it off: their mail server, GreenMail, holds deliveries while a client idles.
     */
    @Inject
    @ConfigProperty(name = "helpline.email.idle", defaultValue = "true")
    boolean idle;

    /** As jboss-ejb3.xml's schedule reads it: how often a run starts, so that an IDLE ends before the next. */
    @Inject
    @ConfigProperty(name = "helpline.email.every-seconds", defaultValue = "10")
    int everySeconds;

    /**
     * How long, from its arrival, a filed email's copy stays in the mailbox's folder {@value #FILED}; older copies
     * are deleted, once an hour. The copy is a second one: Helpline keeps the email's bytes as received
     * ({@link EmailSource}), under its own retention and erasure, so a backlog filed late loses nothing by its going.
     */
    @Inject
    @ConfigProperty(name = "helpline.email.keep-filed-days", defaultValue = "30")
    int keepFiledDays;

    /**
     * How often the old copies are looked for: once an hour. Not every run: a server that does not search by date
     * (GreenMail) leaves Jakarta Mail to fetch every message's date in turn.
     */
    @Inject
    @ConfigProperty(name = "helpline.email.purge-every-minutes", defaultValue = "60")
    int purgeEveryMinutes;

    @Resource
    jakarta.enterprise.concurrent.ManagedThreadFactory threads;

    private volatile Instant lastPurge;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean idleRefusalSaid = new AtomicBoolean();

    /** The timer's timeout (jboss-ejb3.xml): files what waits in the inbox. */
    void collect() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        Instant started = Instant.now();
        try {
            int filed = collectNow();
            if (filed > 0) {
                runs.record(JOB, started, started, filed); // runs that found nothing are not worth a row each
            }
        } catch (MessagingException | IOException unreachable) {
            // The next run tries again; the mailbox keeps everything meanwhile.
            String why = unreachable.getClass().getSimpleName()
                    + (unreachable.getMessage() == null ? "" : ": " + unreachable.getMessage().lines().findFirst().orElse(""));
            LOG.warning(() -> "The mailbox could not be read (" + why + ")");
        } finally {
            running.set(false);
        }
    }

    /**
     * Files every email waiting in the inbox; then, with IDLE on and where the server offers it, waits on the open
     * inbox until shortly before the next run is due, filing each email the moment the server says it came. The
     * number filed new.
     */
    int collectNow() throws MessagingException, IOException {
        EmailReader reader = new EmailReader(maxAttachmentMb * 1_048_576L, authservId.strip());
        long maxBytes = maxMessageMb * 1_048_576L;
        Instant until = Instant.now().plusSeconds(Math.max(0, everySeconds - 1L));
        int filedNew = 0;
        try (Store store = connect(); SmtpConnection smtp = new SmtpConnection(mail)) {
            Folder inbox = store.getFolder("INBOX");
            Folder filedFolder = folder(store, FILED);
            Folder tooLarge = folder(store, TOO_LARGE);
            inbox.open(Folder.READ_WRITE);
            try {
                int count = inbox.getMessageCount();
                filedNew += fileFrom(inbox, 1, count, reader, maxBytes, filedFolder, tooLarge, smtp);
                if (lastPurge == null || !lastPurge.isAfter(Instant.now().minus(Duration.ofMinutes(purgeEveryMinutes)))) {
                    lastPurge = Instant.now();
                    try {
                        FiledCopies.deleteArrivedBefore(filedFolder, Instant.now().minus(Duration.ofDays(keepFiledDays)));
                    } catch (MessagingException refused) {
                        // Filing goes on; the copies wait for the next hour's try.
                        LOG.warning(() -> "Old copies in the mailbox's filed folder could not be deleted: "
                                + refused.getClass().getSimpleName());
                    }
                }
                int done = count;
                while (idle && Instant.now().isBefore(until)) {
                    if (!idleUntilMail(inbox, until)) {
                        break;
                    }
                    count = inbox.getMessageCount();
                    if (count > done) {
                        filedNew += fileFrom(inbox, done + 1, count, reader, maxBytes, filedFolder, tooLarge, smtp);
                        done = count;
                    }
                }
            } finally {
                try {
                    inbox.close(true);
                } catch (MessagingException | RuntimeException closed) {
                    // the connection went already; what was flagged is expunged on the next run's close
                }
            }
        }
        return filedNew;
    }

    /** Files the inbox's messages {@code first} to {@code last}, in batches; the number filed new. */
    private int fileFrom(Folder inbox, int first, int last, EmailReader reader, long maxBytes, Folder filedFolder,
            Folder tooLarge, SmtpConnection smtp) throws MessagingException {
        int filedNew = 0;
        for (int from = first; from <= last; from += BATCH) {
            Message[] batch = inbox.getMessages(from, Math.min(last, from + BATCH - 1));
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.FLAGS);
            profile.add(FetchProfile.Item.SIZE);
            profile.add(FetchProfile.Item.ENVELOPE);
            profile.add(UIDFolder.FetchProfileItem.UID);
            inbox.fetch(batch, profile);
            List<Message> toFiled = new ArrayList<>();
            List<Message> toTooLarge = new ArrayList<>();
            for (Message message : batch) {
                if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
                    continue; // moved already, by a run that stopped before clearing it away
                }
                long size = message.getSize();
                boolean large = size > maxBytes;
                EmailFiling.Filed filed = fileOne(reader, message, large, size, maxBytes);
                if (filed == null) {
                    continue;
                }
                if (filed.isNew()) {
                    filedNew++;
                    acknowledge(filed.messageId(), smtp);
                }
                (large ? toTooLarge : toFiled).add(message);
            }
            move(inbox, toFiled, filedFolder);
            move(inbox, toTooLarge, tooLarge);
        }
        return filedNew;
    }

    /**
     * IMAP IDLE on the open inbox (Angus Mail's {@code IMAPFolder.idle(true)}, called by name so that Helpline
     * depends on the Jakarta Mail API alone) until the server reports a change or {@code until}, when another
     * thread asks the folder for its count, which ends the IDLE. False if the folder or its server cannot IDLE
     * (the server says so when asked), so that the run ends and the schedule reads the inbox instead.
     */
    private boolean idleUntilMail(Folder inbox, Instant until) {
        java.lang.reflect.Method idleOnce;
        try {
            idleOnce = inbox.getClass().getMethod("idle", boolean.class);
        } catch (NoSuchMethodException notImap) {
            if (idleRefusalSaid.compareAndSet(false, true)) {
                LOG.warning(() -> "The mailbox's folders cannot IDLE (" + inbox.getClass().getSimpleName()
                        + "); it is read on the schedule alone");
            }
            return false;
        }
        long wait = java.time.Duration.between(Instant.now(), until).toMillis();
        if (wait < 500) {
            return false;
        }
        // Asked again every half second from {@code until}: asked before the IDLE has begun, the folder just
        // answers, and the IDLE that follows would wait for mail for ever. A thread of its own, not a managed
        // executor's task: those are refused while the server is suspended for stopping, and the IDLE must end
        // then too, or the stop would wait on it.
        AtomicBoolean idling = new AtomicBoolean(true);
        Thread wake = threads.newThread(() -> {
            try {
                Thread.sleep(wait);
                while (idling.get()) {
                    try {
                        inbox.getMessageCount();
                    } catch (MessagingException | RuntimeException gone) {
                        return; // the connection went: the IDLE has ended anyway
                    }
                    Thread.sleep(500);
                }
            } catch (InterruptedException ended) {
                Thread.currentThread().interrupt(); // the IDLE ended first
            }
        });
        wake.setDaemon(true);
        wake.start();
        try {
            idleOnce.invoke(inbox, true);
            return true;
        } catch (ReflectiveOperationException | RuntimeException failed) {
            Throwable cause = failed instanceof java.lang.reflect.InvocationTargetException invoked && invoked.getCause() != null
                    ? invoked.getCause() : failed;
            if (idleRefusalSaid.compareAndSet(false, true)) {
                LOG.warning(() -> "The mailbox cannot be waited on with IMAP IDLE (" + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse(""))
                        + "); it is read on the schedule alone");
            }
            return false;
        } finally {
            idling.set(false);
            wake.interrupt();
        }
    }

    /** After filing: the acknowledgement, if its rules allow; a failure to send it leaves the enquiry as it is. */
    private void acknowledge(long messageId, SmtpConnection smtp) {
        try {
            acknowledgements.acknowledge(messageId, Instant.now(), smtp);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "An acknowledgement failed: {0}", failed.getClass().getSimpleName());
        }
    }

    /** Files one email: what filing did, or null if it could not be filed (left for next time). */
    private EmailFiling.Filed fileOne(EmailReader reader, Message message, boolean large, long size, long maxBytes) {
        IncomingEmail email;
        try {
            email = large ? reader.tooLarge((MimeMessage) message, size, maxBytes, TOO_LARGE)
                    : reader.read(bytesOf(message));
        } catch (MessagingException | IOException | RuntimeException unread) {
            LOG.log(Level.WARNING, "An email in the inbox could not be fetched and stays there: {0}",
                    unread.getClass().getSimpleName());
            return null;
        }
        try {
            return filing.file(email, arrived(message));
        } catch (EJBException refused) {
            // Most likely the same email filed at this moment by another run; otherwise it waits for the next.
            if (filing.isFiled(email.key())) {
                return new EmailFiling.Filed(0, 0, false);
            }
            // The cause's class only: its message could quote the email's headers or a row's values.
            LOG.log(Level.WARNING, "An email could not be filed and stays in the inbox: {0}", causeOf(refused));
            return null;
        }
    }

    /** The innermost cause's class, to name in the log without what its message may quote. */
    private static String causeOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName();
    }

    /**
     * When the email reached the mailbox (the IMAP server's INTERNALDATE): an email that came while Helpline was not
     * reading has been waiting since then, not since it was read. Never later than now; now when the server does
     * not say.
     */
    private static Instant arrived(Message message) {
        Instant now = Instant.now();
        try {
            java.util.Date received = message.getReceivedDate();
            return received == null || received.toInstant().isAfter(now) ? now : received.toInstant();
        } catch (MessagingException unknown) {
            return now;
        }
    }

    private static byte[] bytesOf(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        message.writeTo(out);
        return out.toByteArray();
    }

    /**
     * Copies to the folder, then marks deleted in the inbox; they go when the inbox closes (expunging now would
     * renumber the messages still to be read).
     */
    private static void move(Folder inbox, List<Message> messages, Folder to) throws MessagingException {
        if (messages.isEmpty()) {
            return;
        }
        Message[] all = messages.toArray(Message[]::new);
        inbox.setFlags(all, new Flags(Flags.Flag.SEEN), true);
        inbox.copyMessages(all, to);
        inbox.setFlags(all, new Flags(Flags.Flag.DELETED), true);
    }

    private static Folder folder(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists()) {
            folder.create(Folder.HOLDS_MESSAGES);
        }
        return folder;
    }

    private Store connect() throws MessagingException, IOException {
        if (tokenFile.isBlank()) {
            Store store = mail.getStore("imap");
            store.connect();
            return store;
        }
        Properties properties = new Properties();
        properties.putAll(mail.getProperties());
        properties.put("mail.imap.auth.mechanisms", "XOAUTH2");
        Session oauth = Session.getInstance(properties);
        Store store = oauth.getStore("imap");
        String token = Files.readString(Path.of(tokenFile.strip())).strip();
        store.connect(properties.getProperty("mail.imap.host"), properties.getProperty("mail.imap.user"), token);
        return store;
    }
}
