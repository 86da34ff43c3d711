package org.helpline.email;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.Roles;
import org.helpline.shared.LiveChange;
import org.helpline.shared.UserText;

/**
 * Files an email that came in, in a transaction of its own, so that the mailbox can be told only once it is
 * committed: into the enquiry it answers (its In-Reply-To or References name an email of that enquiry, from
 * the same correspondent), else a new enquiry. An automatic email (an out-of-office reply) joins its enquiry
 * without putting it back in the queue. An email already filed (the same key, sender, subject and text: a server
 * delivering it again adds trace headers of its own) files nothing; one that reuses a Message-ID with other
 * content (some web forms do) is filed under a key of its own.
 * Called by {@link EmailIntake}, which runs as a supervisor; no page or endpoint reaches it.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class EmailFiling {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<LiveChange> live;

    /** What filing an email did: the enquiry and message it is, and whether it was new. */
    public record Filed(long threadId, long messageId, boolean isNew) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Filed file(IncomingEmail email, Instant at) {
        List<Object[]> known = em.createQuery("select m.thread.id, m.id from EmailMessage m where m.messageKey = :key",
                Object[].class).setParameter("key", email.key()).getResultList();
        if (!known.isEmpty()) {
            // The same email delivered again (its trace headers may differ): the same sender, subject and text.
            EmailMessage before = em.find(EmailMessage.class, known.get(0)[1]);
            if (before.getFromAddress().equals(email.fromAddress()) && before.getSubject().equals(email.subject())
                    && (email.text() == null || sameText(before.getTextBody(), email.text()))) {
                return new Filed((Long) known.get(0)[0], (Long) known.get(0)[1], false);
            }
            return file(email.rekeyed(), at);
        }
        String threadingProblem = null;
        EmailThread thread = null;
        List<String> answers = email.answers();
        if (!answers.isEmpty()) {
            List<EmailThread> answered = em.createQuery("select m.thread from EmailMessage m where m.messageKey in :keys",
                    EmailThread.class).setParameter("keys", answers).getResultList();
            thread = answered.stream().filter(t -> t.getCorrespondent().equals(email.fromAddress())).findFirst()
                    .orElse(null);
            if (thread == null) {
                threadingProblem = answered.isEmpty() ? UserText.of("email.problem.unknownThread")
                        : UserText.of("email.problem.otherCorrespondent");
            }
        }
        if (thread == null) {
            thread = EmailThread.openedBy(email.subject(), email.fromAddress(), email.fromName(), at);
            em.persist(thread);
        } else if (!email.autoSubmitted()) {
            thread.received(at);
        }
        EmailMessage message = EmailMessage.received(thread, email, at, threadingProblem);
        em.persist(message);
        EmailSettings settings = em.find(EmailSettings.class, EmailSettings.ID);
        thread.suggestRisk(settings.riskWords().find(email.subject(), email.text()));
        int position = 0;
        for (IncomingEmail.Attachment file : email.attachments()) {
            em.persist(EmailAttachment.of(message, position++, file));
        }
        em.flush();
        if (email.source() != null) {
            em.persist(new EmailSource(message.getId(), email.source()));
        }
        em.flush();
        live.fire(new LiveChange("email"));
        return new Filed(thread.getId(), message.getId(), true);
    }

    /** The same text but for line endings and the blank lines around it, which transports change. */
    static boolean sameText(String a, String b) {
        return a != null && b != null && a.replace("\r\n", "\n").strip().equals(b.replace("\r\n", "\n").strip());
    }

    /** Whether an email with this key is filed already (the intake's check after a refused insert). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean isFiled(String key) {
        return !em.createQuery("select m.id from EmailMessage m where m.messageKey = :key", Long.class)
                .setParameter("key", key).setMaxResults(1).getResultList().isEmpty();
    }
}
