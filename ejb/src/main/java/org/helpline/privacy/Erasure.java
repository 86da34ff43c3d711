package org.helpline.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.audit.AccessLog;
import org.helpline.callers.Caller;
import org.helpline.email.EmailShredding;
import org.helpline.callers.CallerRecords;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Text;
import org.helpline.shared.UserText;

/**
 * Erasure on request: removes what identifies a caller, and every word written about them, from the
 * records and from the audit history, in one transaction. What the monthly reports count stays (each
 * contact's time, channel, line, topics, outcome and duration, and that the contacts were one person's),
 * so reports already published and those made later agree. The caller's row stays as a nameless stub
 * for the same reason. The access log keeps its lines, which never held a name.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@RequiresPermission(Permission.ERASE_CALLER_DATA)
public class Erasure {

    /** What free text is replaced with, so a reader sees something was there. */
    public static final String ERASED = "[erased on request]";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    AccessLog access;

    @Inject
    CallerRecords records;

    /** Erases the caller; {@code reason} says where the request came from. Answers how many rows were scrubbed. */
    public int erase(long callerId, String reason) {
        records.find(Caller.class, callerId);
        String why = Text.required(reason, "reason", UserText.of("erasure.reason.required"),
                CallerErasure.REASON_MAX);
        if (CallerStates.isErased(em, callerId)) {
            throw new InvalidInputException("caller", UserText.of("erasure.alreadyErased"));
        }
        if (CallerStates.isOnHold(em, callerId)) {
            throw new InvalidInputException("caller", UserText.of("erasure.onHold"));
        }
        int scrubbed = shred(callerId, staff.username(), why);
        access.erased(callerId, "on request");
        return scrubbed;
    }

    /**
     * Scrubs the caller from the records and the audit history and records the erasure; for {@link #erase} and
     * for {@link Retention}, which check first whether they may.
     */
    public int shred(long callerId, String by, String why) {
        Caller caller = em.find(Caller.class, callerId);
        String name = caller.getFullName();
        List<Long> emailThreads = EmailShredding.threadsOf(em, callerId, caller.getEmail());
        em.flush();
        em.detach(caller);
        int scrubbed = 0;
        String contacts = "select id from contact where caller_id = ?1";
        String cases = "select id from helpline_case where caller_id = ?1";
        String followUps = "select id from follow_up where caller_id = ?1 or contact_id in (" + contacts
                + ") or case_id in (" + cases + ")";
        String referrals = "select id from referral where caller_id = ?1";
        String alerts = "select a.id from safeguarding_alert a join risk_flag f on f.id = a.risk_flag_id "
                + "where f.caller_id = ?1 or f.contact_id in (" + contacts + ")";
        // The records. Native statements: the audit trail must not keep a copy of what is being removed.
        scrubbed += run("update caller set full_name = null, name_key = null, name_sounds = null, email = null, "
                + "postcode_district = null, preferred_times = null, diagnosis_year = null, version = version + 1 "
                + "where id = ?1", callerId);
        // The phone system's record of their calls keeps the call, not the number it came from.
        scrubbed += run("update phone_call set caller_number = null where caller_number in "
                + "(select number from caller_phone where caller_id = ?1)", callerId);
        scrubbed += run("delete from caller_phone where caller_id = ?1", callerId);
        scrubbed += run("update contact set summary = '" + ERASED + "', information_given = null where caller_id = ?1", callerId);
        scrubbed += run("update case_event set text = null where case_id in (" + cases + ")", callerId);
        scrubbed += run("update helpline_case set title = '" + ERASED + "' where caller_id = ?1", callerId);
        scrubbed += run("update follow_up_event set text = null where follow_up_id in (" + followUps + ")", callerId);
        scrubbed += run("update follow_up set reason = '" + ERASED + "', number_to_ring = null, preferred_times = null, "
                + "escalation_reason = null where id in (" + followUps + ")", callerId);
        scrubbed += run("update referral_event set note = null where referral_id in (" + referrals + ")", callerId);
        scrubbed += run("update referral set note = null, outcome_note = null where caller_id = ?1", callerId);
        scrubbed += run("update safeguarding_alert set action_note = null where id in (" + alerts + ")", callerId);
        scrubbed += run("update contact_review set feedback = '" + ERASED + "' where contact_id in (" + contacts + ")", callerId);
        scrubbed += run("delete from contact_draft where fields like ?1", "%\"callerId\":" + callerId + "%");
        if (name != null) {
            scrubbed += run("delete from notice where lower(text) like ?1", "%" + name.toLowerCase(Locale.ROOT) + "%");
            scrubbed += run("delete from contact_draft where lower(fields) like ?1", "%" + name.toLowerCase(Locale.ROOT) + "%");
        }
        // What they wrote to the helpline, and the replies: the files and bytes go, the words are replaced.
        scrubbed += EmailShredding.shred(em, emailThreads);
        // The audit history, which on PostgreSQL only an erasure may change.
        allowAuditChanges();
        scrubbed += run("update caller_aud set full_name = null, name_key = null, name_sounds = null, email = null, "
                + "postcode_district = null, preferred_times = null, diagnosis_year = null where id = ?1", callerId);
        scrubbed += run("delete from caller_phone_aud where caller_id = ?1", callerId);
        scrubbed += run("update contact_aud set summary = '" + ERASED + "', information_given = null where id in ("
                + contacts + ")", callerId);
        scrubbed += run("update helpline_case_aud set title = '" + ERASED + "' where id in (" + cases + ")", callerId);
        scrubbed += run("update follow_up_aud set reason = '" + ERASED + "', number_to_ring = null, preferred_times = null, "
                + "escalation_reason = null where id in (" + followUps + ")", callerId);
        scrubbed += run("update referral_aud set note = null, outcome_note = null where id in (" + referrals + ")", callerId);
        scrubbed += run("update safeguarding_alert_aud set action_note = null where id in (" + alerts + ")", callerId);
        em.persist(new CallerErasure(callerId, Instant.now(), by, why));
        return scrubbed;
    }



    /** On PostgreSQL, lets this transaction change the audit tables (V15's trigger); H2 has no such guard. */
    private void allowAuditChanges() {
        String product = em.unwrap(org.hibernate.Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName());
        if (product.toLowerCase(Locale.ROOT).contains("postgresql")) {
            em.createNativeQuery("select set_config('helpline.erasure', 'on', true)").getSingleResult();
        }
    }

    private int run(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).executeUpdate();
    }
}
