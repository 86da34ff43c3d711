package org.helpline.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helpline.calls.Direction;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * Replies from Helpline: an adviser's answer to an enquiry, signed with the helpline's signature, sent over SMTP
 * (WildFly's mail session) with In-Reply-To and References naming the correspondent's latest email, so that
 * their mail program threads it, and a Message-ID fixed here so that their answer finds its way back to this
 * enquiry. The reply is filed as an email of the enquiry in the same transaction that sends it: if the mail
 * server refuses it, nothing is filed and the adviser is told, with their text kept.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
@RequiresPermission(Permission.ANSWER_EMAIL)
public class EmailReplies {

    private static final Logger LOG = Logger.getLogger(EmailReplies.class.getName());

    /** A reply's text is kept to this many characters. */
    public static final int TEXT_MAX = 20_000;
    private static final int REFERENCES_KEPT = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    EmailQueue queue;

    @Inject
    CurrentStaff staff;

    @Resource(lookup = "java:jboss/mail/Helpline")
    Session mail;

    /** Under every reply, after the conventional "-- " line. */
    @Inject
    @ConfigProperty(name = "helpline.email.signature", defaultValue = "The MS Helpline team\nFreephone 0808 800 8000, "
            + "Monday to Friday, 9am to 7pm\nIf you are in crisis now, call 999 or the Samaritans on 116 123.")
    String signature;

    /** What a reply was: its message's id and Message-ID, and who it went to. */
    public record Sent(long messageId, String messageKey, String to) {
    }

    /** The signature as it will appear under a reply. */
    public String signature() {
        return signature.replace("\\n", "\n");
    }

    /**
     * Sends {@code text} as this user's reply to the enquiry. The user must hold it (one waiting and not taken is
     * taken by replying), or it has been answered already and they may read it (a further reply). Refused, with the
     * field named, for an empty or overlong text, an enquiry with no address to answer, or a mail server that
     * would not take it.
     */
    public Sent reply(long threadId, String text) {
        EmailThread thread = queue.readable(threadId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("text", UserText.of("email.reply.required"));
        }
        if (body.length() > TEXT_MAX) {
            throw new InvalidInputException("text", UserText.of("email.reply.tooLong", TEXT_MAX));
        }
        InternetAddress to = address(thread.getCorrespondent());
        Instant now = Instant.now();
        if (thread.getStatus().inQueue()) {
            thread.take(staff.account(), now);
        }
        EmailMessage answered = latestFromCorrespondent(thread);
        List<String> references = new ArrayList<>();
        if (answered != null) {
            if (answered.getReferenceKeys() != null) {
                references.addAll(List.of(answered.getReferenceKeys().split(" ")));
            }
            references.add(answered.getMessageKey());
        }
        if (references.size() > REFERENCES_KEPT) {
            references = new ArrayList<>(references.subList(references.size() - REFERENCES_KEPT, references.size()));
        }
        InternetAddress from = helplineAddress();
        String key = "<helpline." + UUID.randomUUID() + "@" + from.getAddress().replaceAll(".*@", "") + ">";
        String subject = thread.getSubject().toLowerCase(Locale.ROOT).startsWith("re:") ? thread.getSubject()
                : "Re: " + thread.getSubject();
        String signed = body + "\n\n-- \n" + signature();
        byte[] source;
        MimeMessage message;
        try {
            message = new WithOwnId(mail, key);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(EmailMessage.cut(subject, 900), StandardCharsets.UTF_8.name());
            message.setText(signed, StandardCharsets.UTF_8.name());
            message.setSentDate(java.util.Date.from(now));
            if (answered != null) {
                message.setHeader("In-Reply-To", answered.getMessageKey());
                message.setHeader("References", String.join(" ", references));
            }
            message.setHeader("Auto-Submitted", "no");
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            source = bytes.toByteArray();
        } catch (MessagingException | IOException unwritable) {
            throw new InvalidInputException("text", UserText.of("email.reply.unwritable"));
        }
        IncomingEmail written = new IncomingEmail(key, answered == null ? null : answered.getMessageKey(), references,
                from.getAddress().toLowerCase(Locale.ROOT), staff.account().getDisplayName(),
                List.of(to.getAddress()), EmailMessage.cut(subject, EmailThread.SUBJECT_MAX), now, signed, null,
                AuthVerdict.NONE, null, null, source.length, false, List.of(), source);
        EmailMessage reply = EmailMessage.sent(thread, written, staff.account(), now);
        em.persist(reply);
        em.flush();
        em.persist(new EmailSource(reply.getId(), source));
        thread.answered(now);
        em.flush();
        try {
            Transport.send(message);
        } catch (MessagingException refused) {
            LOG.log(Level.WARNING, "A reply could not be sent: {0}", refused.getClass().getSimpleName());
            throw new InvalidInputException("text", UserText.of("email.reply.notSent"));
        }
        return new Sent(reply.getId(), key, to.getAddress());
    }

    private static EmailMessage latestFromCorrespondent(EmailThread thread) {
        EmailMessage latest = null;
        for (EmailMessage message : thread.getMessages()) {
            if (message.getDirection() == Direction.INBOUND) {
                latest = message;
            }
        }
        return latest;
    }

    private static InternetAddress address(String correspondent) {
        try {
            InternetAddress address = new InternetAddress(correspondent, true);
            address.validate();
            return address;
        } catch (AddressException unusable) {
            throw new InvalidInputException("text", UserText.of("email.reply.noAddress"));
        }
    }

    private InternetAddress helplineAddress() {
        String from = mail.getProperty("mail.from");
        try {
            return new InternetAddress(from == null || from.isBlank() ? "helpline@helpline.test" : from, true);
        } catch (AddressException misconfigured) {
            throw new IllegalStateException("the mail session's from address is not an address", misconfigured);
        }
    }

    /** A message sent under the Message-ID Helpline gave it, not one Jakarta Mail makes up when sending. */
    private static final class WithOwnId extends MimeMessage {
        private final String key;

        WithOwnId(Session session, String key) {
            super(session);
            this.key = key;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", key);
        }
    }
}
