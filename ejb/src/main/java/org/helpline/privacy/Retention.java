package org.helpline.privacy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerRecords;
import org.helpline.email.EmailShredding;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Text;
import org.helpline.shared.UserText;

/**
 * Keeping callers' data no longer than needed: after {@code helpline.retention.years} (six unless set) without
 * a contact, the schedule shreds what identifies a caller and every note about them, as an erasure does,
 * and keeps what the reports count. Callers under a legal hold are skipped until it is lifted.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@RequiresPermission(Permission.ERASE_CALLER_DATA)
public class Retention {

    /** Who shredding by the schedule is put down to. */
    public static final String BY_SCHEDULE = "(retention)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Erasure erasure;

    @Inject
    CurrentStaff staff;

    @Inject
    CallerRecords records;

    @Inject
    @ConfigProperty(name = "helpline.retention.years", defaultValue = "6")
    int years;

    /** The last day a contact may have been for a caller's data to be kept at {@code now}. */
    public Instant cutOff(Instant now) {
        return ZonedDateTime.ofInstant(now, HelplineTime.ZONE).minusYears(years).toInstant();
    }

    /**
     * Shreds every caller whose last contact (or, with none, their record's creation) was before the cut-off,
     * unless erased already, on legal hold, or with a case or follow-up still open; and the notes of anonymous
     * contacts as old. Answers how many callers were shredded (at most 500 a run; the next night does the rest).
     */
    public int shredDue(Instant now) {
        Instant cutOff = cutOff(now);
        List<Long> due = em.createQuery("select c.id from Caller c where "
                + "not exists (select x from Contact x where x.caller = c and x.startedAt >= :cutOff) "
                + "and (c.createdAt < :cutOff or exists (select x from Contact x where x.caller = c)) "
                + "and not exists (select k from HelplineCase k where k.caller = c and k.status <> :closed) "
                + "and not exists (select f from FollowUp f where f.caller = c and f.status = :open) "
                + "and not exists (select e from CallerErasure e where e.callerId = c.id) "
                + "and not exists (select h from LegalHold h where h.callerId = c.id) order by c.id", Long.class)
                .setParameter("cutOff", cutOff).setParameter("closed", org.helpline.cases.CaseStatus.CLOSED)
                .setParameter("open", org.helpline.followups.FollowUp.Status.OPEN).setMaxResults(500).getResultList();
        for (Long callerId : due) {
            erasure.shred(callerId, BY_SCHEDULE, "Retention: no contact for " + years + " years");
        }
        // Calls the phone system told us about keep their times and lines for the figures, not the number.
        em.createNativeQuery("update phone_call set caller_number = null where created_at < ?1 and caller_number is not null")
                .setParameter(1, cutOff).executeUpdate();
        em.createNativeQuery("update contact set summary = '" + Erasure.ERASED + "', information_given = null "
                + "where caller_id is null and started_at < ?1 and summary <> '" + Erasure.ERASED + "'")
                .setParameter(1, cutOff).executeUpdate();
        // Email enquiries as old that are nobody's record, as anonymous contacts' notes; a caller's go with them.
        EmailShredding.shred(em, EmailShredding.threadsDue(em, cutOff, 500));
        return due.size();
    }

    /** Keeps the caller's records whatever their age, until the hold is lifted. */
    public LegalHold placeHold(long callerId, String reason) {
        records.find(Caller.class, callerId);
        String why = Text.required(reason, "holdReason", UserText.of("legalHold.reason.required"),
                CallerErasure.REASON_MAX);
        if (onHold(callerId)) {
            throw new InvalidInputException("holdReason", UserText.of("legalHold.already"));
        }
        LegalHold hold = new LegalHold(callerId, Instant.now(), staff.username(), why);
        em.persist(hold);
        return hold;
    }

    public void liftHold(long callerId) {
        int lifted = em.createQuery("delete from LegalHold h where h.callerId = :id").setParameter("id", callerId)
                .executeUpdate();
        if (lifted == 0) {
            throw new NotFoundException(UserText.of("notFound.legalHold"));
        }
    }

    public boolean onHold(long callerId) {
        return CallerStates.isOnHold(em, callerId);
    }
}
