package org.helpline.email;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    @PersistenceContext
    EntityManager em;

    @Inject
    EmailQueue queue;

    @Inject
    CurrentStaff staff;

    @Resource(lookup = "java:jboss/mail/Helpline")
    Session mail;

    @Inject
    jakarta.enterprise.event.Event<org.helpline.shared.LiveChange> live;

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
     * would not take it; and refused, nothing sent, when the enquiry has changed since the user read it at
     * {@code seenVersion} (a new email came: the reply must answer it too).
     */
    public Sent reply(long threadId, long seenVersion, String text) {
        EmailThread thread = queue.readable(threadId);
        thread.requireSeen(seenVersion);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("text", UserText.of("email.reply.required"));
        }
        if (body.length() > TEXT_MAX) {
            throw new InvalidInputException("text", UserText.of("email.reply.tooLong", TEXT_MAX));
        }
        Instant now = Instant.now();
        if (thread.getStatus().inQueue()) {
            thread.take(staff.account(), now);
        }
        String signed = body + "\n\n-- \n" + signature();
        OutgoingEmail email = OutgoingEmail.compose(mail, thread, signed, false, now, "text");
        EmailMessage reply = EmailMessage.sent(thread, email.asFiled(staff.account().getDisplayName(), signed, now, false),
                staff.account(), now);
        em.persist(reply);
        EmailQueue.flushOrTaken(em);
        em.persist(new EmailSource(reply.getId(), email.source));
        thread.answered(now);
        EmailQueue.flushOrChanged(em);
        try {
            email.send();
        } catch (MessagingException refused) {
            LOG.log(Level.WARNING, "A reply could not be sent: {0}", refused.getClass().getSimpleName());
            throw new InvalidInputException("text", UserText.of("email.reply.notSent"));
        }
        live.fire(new org.helpline.shared.LiveChange("email"));
        return new Sent(reply.getId(), email.key, email.to);
    }
}
