package org.helpline.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.helpline.calls.Direction;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * An email from the helpline to a correspondent, put together once for sending and for filing: from the mail
 * session's address, threaded under the correspondent's latest email of the enquiry (In-Reply-To, References),
 * under a Message-ID chosen here (so that their answer finds its enquiry), plain UTF-8 text. Replies say
 * {@code Auto-Submitted: no}; the automatic acknowledgement {@code auto-replied} (RFC 3834), so that other
 * systems' robots do not answer it.
 */
final class OutgoingEmail {

    private static final int REFERENCES_KEPT = 20;

    final MimeMessage message;
    final String key;
    final String from;
    final String to;
    final String subject;
    final List<String> references;
    final String inReplyTo;
    final byte[] source;

    private OutgoingEmail(MimeMessage message, String key, String from, String to, String subject,
            List<String> references, String inReplyTo, byte[] source) {
        this.message = message;
        this.key = key;
        this.from = from;
        this.to = to;
        this.subject = subject;
        this.references = references;
        this.inReplyTo = inReplyTo;
        this.source = source;
    }

    /** Puts the email together; refused at {@code field} if the enquiry has no address to answer. */
    static OutgoingEmail compose(Session mail, EmailThread thread, String text, boolean automatic, Instant now,
            String field) {
        InternetAddress to = address(thread.getCorrespondent(), field);
        EmailMessage answered = null;
        for (EmailMessage m : thread.getMessages()) {
            if (m.getDirection() == Direction.INBOUND) {
                answered = m;
            }
        }
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
        InternetAddress from = helplineAddress(mail);
        String key = "<helpline." + UUID.randomUUID() + "@" + from.getAddress().replaceAll(".*@", "") + ">";
        String subject = thread.getSubject().toLowerCase(Locale.ROOT).startsWith("re:") ? thread.getSubject()
                : "Re: " + thread.getSubject();
        try {
            MimeMessage message = new WithOwnId(mail, key);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(EmailMessage.cut(subject, 900), StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(java.util.Date.from(now));
            if (answered != null) {
                message.setHeader("In-Reply-To", answered.getMessageKey());
                message.setHeader("References", String.join(" ", references));
            }
            message.setHeader("Auto-Submitted", automatic ? "auto-replied" : "no");
            if (automatic) {
                message.setHeader("X-Auto-Response-Suppress", "All");
            }
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return new OutgoingEmail(message, key, from.getAddress().toLowerCase(Locale.ROOT), to.getAddress(),
                    EmailMessage.cut(subject, EmailThread.SUBJECT_MAX), references,
                    answered == null ? null : answered.getMessageKey(), bytes.toByteArray());
        } catch (MessagingException | IOException unwritable) {
            throw new InvalidInputException(field, UserText.of("email.reply.unwritable"));
        }
    }

    /** As {@link EmailFiling} files an email, for the enquiry's record of what went. */
    IncomingEmail asFiled(String fromName, String text, Instant now, boolean automatic) {
        return new IncomingEmail(key, inReplyTo, references, from, fromName, List.of(to), subject, now, text, null,
                AuthVerdict.NONE, null, null, source.length, automatic, List.of(), source);
    }

    void send() throws MessagingException {
        Transport.send(message);
    }

    /** The helpline's own address (the mail session's {@code from}). */
    static InternetAddress helplineAddress(Session mail) {
        String from = mail.getProperty("mail.from");
        try {
            return new InternetAddress(from == null || from.isBlank() ? "helpline@helpline.test" : from, true);
        } catch (AddressException misconfigured) {
            throw new IllegalStateException("the mail session's from address is not an address", misconfigured);
        }
    }

    private static InternetAddress address(String correspondent, String field) {
        try {
            InternetAddress address = new InternetAddress(correspondent, true);
            address.validate();
            return address;
        } catch (AddressException unusable) {
            throw new InvalidInputException(field, UserText.of("email.reply.noAddress"));
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
