package org.helpline.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final AtomicBoolean running = new AtomicBoolean();

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
            LOG.log(Level.WARNING, "The helpline's mailbox could not be read: {0}", unreachable.getClass().getSimpleName()
                    + (unreachable.getMessage() == null ? "" : " " + unreachable.getMessage().lines().findFirst().orElse("")));
        } finally {
            running.set(false);
        }
    }

    /** Files every email waiting in the inbox; the number filed new. */
    int collectNow() throws MessagingException, IOException {
        EmailReader reader = new EmailReader(maxAttachmentMb * 1_048_576L, authservId.strip());
        long maxBytes = maxMessageMb * 1_048_576L;
        int filedNew = 0;
        try (Store store = connect()) {
            Folder inbox = store.getFolder("INBOX");
            Folder filed = folder(store, FILED);
            Folder tooLarge = folder(store, TOO_LARGE);
            inbox.open(Folder.READ_WRITE);
            try {
                int count = inbox.getMessageCount();
                for (int from = 1; from <= count; from += BATCH) {
                    Message[] batch = inbox.getMessages(from, Math.min(count, from + BATCH - 1));
                    FetchProfile profile = new FetchProfile();
                    profile.add(FetchProfile.Item.FLAGS);
                    profile.add(FetchProfile.Item.SIZE);
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
                        Boolean isNew = fileOne(reader, message, large, size, maxBytes);
                        if (isNew == null) {
                            continue;
                        }
                        filedNew += isNew ? 1 : 0;
                        (large ? toTooLarge : toFiled).add(message);
                    }
                    move(inbox, toFiled, filed);
                    move(inbox, toTooLarge, tooLarge);
                }
            } finally {
                inbox.close(true);
            }
        }
        return filedNew;
    }

    /** Files one email: true if new, false if it was filed before, null if it could not be filed (left for next time). */
    private Boolean fileOne(EmailReader reader, Message message, boolean large, long size, long maxBytes) {
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
            return filing.file(email, Instant.now()).isNew();
        } catch (EJBException refused) {
            // Most likely the same email filed at this moment by another run; otherwise it waits for the next.
            if (filing.isFiled(email.key())) {
                return false;
            }
            LOG.log(Level.WARNING, "An email could not be filed and stays in the inbox", refused);
            return null;
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
