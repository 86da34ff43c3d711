package org.helpline.supervision;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.callers.CallerRecords;
import org.helpline.cases.Case;
import org.helpline.cases.CaseStatus;
import org.helpline.followups.FollowUp;
import org.helpline.notices.Noticeboard;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.security.UserAccounts;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RecordKind;
import org.helpline.shared.RecordLink;
import org.helpline.shared.Text;
import org.helpline.shared.UserText;

/**
 * Supervisors hand cases and follow-ups to another adviser or to the team queue, one at a time or
 * everything an adviser holds (someone off sick). A bulk handover is one transaction: all of it or none.
 * Each item's history keeps who had it before, and the new owner gets a notice.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@RequiresPermission(Permission.REASSIGN)
public class Reassignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    Noticeboard noticeboard;

    @Inject
    UserAccounts accounts;

    @Inject
    CallerRecords records;

    /** Hands one case to {@code toUsername}, or the team queue when that is blank. */
    public Case reassignCase(long caseId, long seenVersion, String toUsername, String reason) {
        Case supportCase = records.find(Case.class, caseId);
        supportCase.checkVersion(seenVersion);
        UserAccount to = adviser(toUsername, "to");
        supportCase.reassign(to, reason, staff.account(), Instant.now());
        tell(to, "case " + supportCase.getNumber(), reason, RecordLink.toCase(caseId));
        em.flush();
        return supportCase;
    }

    /** Hands one follow-up to {@code toUsername}, or the team queue when that is blank. */
    public FollowUp reassignFollowUp(long followUpId, long seenVersion, String toUsername, String reason) {
        FollowUp followUp = records.find(FollowUp.class, followUpId);
        followUp.checkVersion(seenVersion);
        UserAccount to = adviser(toUsername, "to");
        followUp.reassign(to, Text.required(reason, "reason", UserText.of("reassign.followUp.reason"), 2000),
                staff.account(), Instant.now());
        tell(to, "a follow-up (" + followUp.getReason() + ")", reason, RecordLink.toFollowUp(followUpId));
        em.flush();
        return followUp;
    }

    /**
     * Hands every open case and open follow-up of {@code fromUsername} to {@code toUsername} (or the team
     * queue), with one reason. All or nothing: any refusal leaves everything where it was.
     */
    public Handover reassignAll(String fromUsername, String toUsername, String reason) {
        UserAccount from = adviser(fromUsername, "from");
        if (from == null) {
            throw new InvalidInputException("from", UserText.of("reassign.from.required"));
        }
        UserAccount to = adviser(toUsername, "to");
        if (to != null && to.getId().equals(from.getId())) {
            throw new InvalidInputException("to", UserText.of("reassign.to.same"));
        }
        String why = Text.required(reason, "reason", UserText.of("reassign.reason.required"), 2000);
        UserAccount me = staff.account();
        Instant now = Instant.now();
        List<Case> cases = em.createQuery("select k from HelplineCase k where k.owner = :from and k.status <> :closed "
                + "order by k.id", Case.class).setParameter("from", from).setParameter("closed", CaseStatus.CLOSED)
                .getResultList();
        List<FollowUp> followUps = em.createQuery("select f from FollowUp f where f.owner = :from "
                + "and f.status = :open order by f.id", FollowUp.class).setParameter("from", from)
                .setParameter("open", FollowUp.Status.OPEN).getResultList();
        cases.forEach(k -> k.reassign(to, why, me, now));
        followUps.forEach(f -> f.reassign(to, why, me, now));
        Handover handover = new Handover(cases.size(), followUps.size());
        if (to != null && handover.total() > 0) {
            noticeboard.post(to, me.getDisplayName() + " passed you " + handover.cases() + " case(s) and "
                    + handover.followUps() + " follow-up(s) from " + from.getDisplayName() + ": " + why,
                    RecordLink.to(RecordKind.MY_WORK));
        }
        em.flush();
        return handover;
    }

    private void tell(UserAccount to, String what, String reason, RecordLink link) {
        if (to != null) {
            noticeboard.post(to, staff.account().getDisplayName() + " passed you " + what + ": " + reason.strip(), link);
        }
    }

    private UserAccount adviser(String username, String field) {
        return accounts.adviserOrTeamQueue(username, field);
    }
}
