package org.helpline.email;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.calls.Direction;
import org.helpline.security.Roles;
import org.helpline.shared.HelplineTime;

/**
 * The automatic acknowledgement of a new enquiry, in the admins' words, saying when an adviser will answer and
 * where to turn in a crisis; filed with the enquiry as an automatic email. Never sent to what could answer it
 * back (RFC 3834): an auto-reply, bounce or list mail; the helpline's own address or a mail robot's; a second
 * email while the first still waits; an address acknowledged in the last day; or one that has written more than
 * {@value #FLOOD} times in the last hour (a loop or a flood). Sent after the email is filed, in a transaction
 * of its own: if the mail server refuses it, the enquiry is unaffected. Called by {@link EmailIntake}.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class EmailAcknowledgements {

    private static final Logger LOG = Logger.getLogger(EmailAcknowledgements.class.getName());

    static final int FLOOD = 5;
    static final Duration ONCE_A = Duration.ofDays(1);
    static final String ROBOT = "(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+.-].*)?";

    @PersistenceContext
    EntityManager em;

    @Inject
    EmailTargets targets;

    @Resource(lookup = "java:jboss/mail/Helpline")
    Session mail;

    /** Acknowledges the email if the rules allow, over the run's connection to the mail server; whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acknowledge(long messageId, Instant now, SmtpConnection smtp) {
        EmailMessage email = em.find(EmailMessage.class, messageId);
        EmailSettings settings = em.find(EmailSettings.class, EmailSettings.ID);
        if (email == null || !settings.isAcknowledge() || withheld(email, now)) {
            return false;
        }
        EmailThread thread = email.getThread();
        String text = settings.getAcknowledgement().replace(EmailSettings.ANSWER_BY,
                HelplineTime.dayAndTime(targets.answerBy(email.getReceivedAt())));
        OutgoingEmail ack = OutgoingEmail.compose(mail, thread, text, true, now, "acknowledgement");
        EmailMessage filed = EmailMessage.sent(thread, ack.asFiled(null, text, now, true), null, now);
        em.persist(filed);
        em.flush();
        em.persist(new EmailSource(filed.getId(), ack.source));
        em.flush();
        try {
            smtp.send(ack);
            return true;
        } catch (MessagingException refused) {
            LOG.log(Level.WARNING, "An acknowledgement could not be sent: {0}", refused.getClass().getSimpleName());
            em.remove(em.find(EmailSource.class, filed.getId()));
            em.remove(filed);
            return false;
        }
    }

    private boolean withheld(EmailMessage email, Instant now) {
        EmailThread thread = email.getThread();
        String from = email.getFromAddress();
        String local = from.contains("@") ? from.substring(0, from.indexOf('@')).toLowerCase(Locale.ROOT) : from;
        if (email.getDirection() != Direction.INBOUND || email.isAutoSubmitted() || from.isBlank()
                || !from.equals(thread.getCorrespondent()) || local.matches(ROBOT)
                || from.equalsIgnoreCase(OutgoingEmail.helplineAddress(mail).getAddress())) {
            return true;
        }
        if (thread.getWaitingSince() == null || !thread.getWaitingSince().equals(email.getReceivedAt())) {
            return true; // not the email that started this wait: the first one was acknowledged (or not) already
        }
        long ackedLately = em.createQuery("select count(m) from EmailMessage m where m.direction = :out "
                + "and m.autoSubmitted = true and m.toAddresses = :to and m.receivedAt > :since", Long.class)
                .setParameter("out", Direction.OUTBOUND).setParameter("to", from)
                .setParameter("since", now.minus(ONCE_A)).getSingleResult();
        if (ackedLately > 0) {
            return true;
        }
        long lately = em.createQuery("select count(m) from EmailMessage m where m.direction = :in "
                + "and m.fromAddress = :from and m.receivedAt > :since", Long.class)
                .setParameter("in", Direction.INBOUND).setParameter("from", from)
                .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        return lately > FLOOD;
    }
}
