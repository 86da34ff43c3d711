package org.helpline.email;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

/**
 * Removes what emails said, for erasure and retention (org.helpline.privacy): the files and the bytes as
 * received are deleted; the text, subject, names and addresses are replaced, as a contact's summary is. What
 * remains of an enquiry is that it happened, when, and its Message-IDs (so that the same email arriving again is
 * still known). Native statements, as the privacy services use: nothing keeps a copy of what goes.
 */
public final class EmailShredding {

    public static final String ERASED = "[erased]";

    private EmailShredding() {
    }

    /**
     * The enquiries that are a caller's, for their subject access file and their erasure: those with an email
     * logged as one of their contacts; and those written from their address, unless an email of it is logged as
     * another caller's contact or another caller has the same address (a household's shared address): those are
     * not this caller's alone, and neither given to them nor erased with them. Asked before the address is scrubbed.
     */
    public static List<Long> threadsOf(EntityManager em, long callerId, String address) {
        Set<Long> threads = new LinkedHashSet<>();
        em.createNativeQuery("select distinct m.thread_id from email_message m join contact c on c.id = m.contact_id "
                + "where c.caller_id = ?1").setParameter(1, callerId).getResultStream()
                .forEach(id -> threads.add(((Number) id).longValue()));
        if (address != null && !address.isBlank()) {
            em.createNativeQuery("select t.id from email_thread t where t.correspondent = ?1 "
                    + "and not exists (select 1 from caller o where o.email = ?1 and o.id <> ?2) "
                    + "and not exists (select 1 from email_message m join contact c on c.id = m.contact_id "
                    + "where m.thread_id = t.id and c.caller_id <> ?2)")
                    .setParameter(1, address).setParameter(2, callerId)
                    .getResultStream().forEach(id -> threads.add(((Number) id).longValue()));
        }
        return new ArrayList<>(threads);
    }

    /**
     * Retention's share of the email: enquiries with nothing newer than {@code cutOff}, not in the queue,
     * and nobody's record: none of their emails logged as a caller's contact, and not from a caller's address.
     * Those that are a caller's are kept as long as the caller is, and go with them ({@link #threadsOf}), so that
     * a caller kept for an open case or a legal hold keeps their emails too.
     */
    @SuppressWarnings("unchecked")
    public static List<Long> threadsDue(EntityManager em, Instant cutOff, int max) {
        List<Object> ids = em.createNativeQuery("select t.id from email_thread t where t.subject <> '" + ERASED + "' "
                + "and t.status not in ('WAITING', 'TAKEN') and t.risk_state <> 'SUGGESTED' "
                + "and not exists (select 1 from email_message m where m.thread_id = t.id and m.received_at >= ?1) "
                + "and not exists (select 1 from caller c where c.email = t.correspondent) "
                + "and not exists (select 1 from email_message m join contact x on x.id = m.contact_id "
                + "where m.thread_id = t.id and x.caller_id is not null) order by t.id")
                .setParameter(1, cutOff).setMaxResults(max).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Shreds the enquiries; answers how many rows changed. */
    public static int shred(EntityManager em, List<Long> threadIds) {
        int changed = 0;
        for (Long thread : threadIds) {
            String messages = "select id from email_message where thread_id = ?1";
            changed += em.createNativeQuery("delete from email_attachment where message_id in (" + messages + ")")
                    .setParameter(1, thread).executeUpdate();
            changed += em.createNativeQuery("delete from email_source where message_id in (" + messages + ")")
                    .setParameter(1, thread).executeUpdate();
            changed += em.createNativeQuery("update email_message set text_body = '" + ERASED + "', html_body = null, "
                    + "subject = '" + ERASED + "', from_name = null, from_address = '', to_addresses = null, problem = null, "
                    + "auth_detail = null where thread_id = ?1").setParameter(1, thread).executeUpdate();
            changed += em.createNativeQuery("update email_thread set subject = '" + ERASED + "', correspondent = '', "
                    + "correspondent_name = null, risk_words = null, risk_note = null, version = version + 1 where id = ?1")
                    .setParameter(1, thread).executeUpdate();
        }
        return changed;
    }
}
