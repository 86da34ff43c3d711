package org.helpline.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helpline.audit.AccessLog;
import org.helpline.callers.Caller;
import org.helpline.callers.CallerRecords;
import org.helpline.cases.Case;
import org.helpline.cases.CaseStatus;
import org.helpline.email.EmailTargets;
import org.helpline.email.EmailWaits;
import org.helpline.shared.UserText;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUpEvent;
import org.helpline.followups.FollowUpKind;
import org.helpline.notices.Noticeboard;
import org.helpline.referrals.ReferralStatus;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.security.UserAccounts;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.RecordLink;
import org.helpline.shared.Rows;

/**
 * Nobody falls through the cracks: callers with an open case or a referral under way and no contact or
 * call attempt for {@code helpline.supervision.quiet-days} days (default 14), each with one click to
 * give someone a check-in call.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@RequiresPermission(Permission.VIEW_CASELOADS)
public class Cracks {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    Noticeboard noticeboard;

    @Inject
    AccessLog access;

    @Inject
    CallerRecords records;

    @Inject
    UserAccounts accounts;

    @Inject
    @ConfigProperty(name = "helpline.supervision.quiet-days", defaultValue = "14")
    int quietDays;

    @Inject
    EmailTargets emailTargets;

    @Inject
    org.helpline.security.Permissions permissions;

    public int quietDays() {
        return quietDays;
    }

    /**
     * Emails waiting for an answer past the target, the longest waiting first: no caller shown, and the subject
     * (which can say what is wrong) only to those who may answer emails; an admin sees that they wait, not what about.
     */
    public List<EmailWaits.Overdue> emailsPastTarget(Instant now) {
        List<EmailWaits.Overdue> overdue = EmailWaits.at(em, emailTargets, now).overdue();
        if (permissions.allowed(Permission.ANSWER_EMAIL)) {
            return overdue;
        }
        String withheld = UserText.of("email.subjectWithheld");
        return overdue.stream().map(o -> new EmailWaits.Overdue(o.id(), withheld, o.waitingSince(),
                o.workingHoursWaited(), o.takenBy(), o.risk())).toList();
    }

    /** The answer target, as the cracks list states it. */
    public String emailTarget() {
        return EmailWaits.targetText(emailTargets);
    }

    /**
     * Callers with an open case or a referral under way whom nobody has spoken to or tried to ring for the
     * quiet days, and who have no follow-up booked (parameters :closed, :underWay, :cutoff, :attempt, :open).
     */
    private static final String QUIET = " from Caller cl where "
            + "(exists (select k from HelplineCase k where k.caller = cl and k.status <> :closed) "
            + " or exists (select r from Referral r where r.caller = cl and r.status in :underWay)) "
            + "and not exists (select c from Contact c where c.caller = cl and c.startedAt >= :cutoff) "
            + "and not exists (select e from FollowUpEvent e join e.followUp f where f.caller = cl "
            + "and e.kind = :attempt and e.occurredAt >= :cutoff) "
            + "and not exists (select g from FollowUp g where g.caller = cl and g.status = :open)";

    /** As of {@code now}: quiet callers, the longest quiet first. */
    public List<QuietCaller> quietCallers(Instant now, Rows rows) {
        List<Caller> callers = rows.of(quiet(em.createQuery("select cl" + QUIET
                + " order by (select max(c2.startedAt) from Contact c2 where c2.caller = cl), cl.id", Caller.class), now));
        access.listed("quiet callers", callers.stream().map(Caller::getId).toList());
        return describe(callers);
    }

    /** How many callers are quiet as of {@code now}. */
    public long countQuietCallers(Instant now) {
        return quiet(em.createQuery("select count(cl)" + QUIET, Long.class), now).getSingleResult();
    }

    private <T> TypedQuery<T> quiet(TypedQuery<T> query, Instant now) {
        return query.setParameter("closed", CaseStatus.CLOSED).setParameter("underWay", ReferralStatus.underWay())
                .setParameter("cutoff", now.minus(Duration.ofDays(quietDays))).setParameter("attempt", FollowUpEvent.Kind.ATTEMPT)
                .setParameter("open", FollowUp.Status.OPEN);
    }

    /**
     * Books a check-in call with the caller for {@code toUsername} (the team queue when blank), due from
     * tomorrow morning, on their open case if they have one. The quiet caller leaves the list, as they
     * now have an open follow-up.
     */
    public FollowUp bookCheckIn(long callerId, String toUsername) {
        Caller caller = records.find(Caller.class, callerId);
        UserAccount to = accounts.adviserOrTeamQueue(toUsername, "to");
        Case open = openCase(caller);
        Instant now = Instant.now();
        LocalDate tomorrow = LocalDate.now(HelplineTime.CLOCK).plusDays(1);
        UserAccount me = staff.account();
        FollowUp checkIn = FollowUp.book(FollowUpKind.CALLBACK, caller, null, open,
                tomorrow.atTime(10, 0).atZone(HelplineTime.ZONE).toInstant(),
                tomorrow.atTime(17, 0).atZone(HelplineTime.ZONE).toInstant(),
                caller.getPhones().isEmpty() ? null : caller.getPhones().iterator().next(),
                "Check in: no contact for " + quietDays + " days", to, me, now);
        em.persist(checkIn);
        if (to != null) {
            noticeboard.post(to, me.getDisplayName() + " asked you to check in with " + caller.getDisplayName()
                    + ": nobody has spoken to them for " + quietDays + " days.", RecordLink.toFollowUp(checkIn.getId()));
        }
        em.flush();
        return checkIn;
    }

    /** The open case, referrals under way and last contact of each caller, in three queries for them all. */
    private List<QuietCaller> describe(List<Caller> callers) {
        if (callers.isEmpty()) {
            return List.of();
        }
        Map<Long, Case> openCases = new HashMap<>();
        em.createQuery("select k from HelplineCase k where k.caller in :callers and k.status <> :closed "
                + "order by k.openedAt desc", Case.class).setParameter("callers", callers)
                .setParameter("closed", CaseStatus.CLOSED).getResultStream()
                .forEach(k -> openCases.putIfAbsent(k.getCaller().getId(), k));
        Map<Long, Long> referrals = new HashMap<>();
        for (Object[] row : em.createQuery("select r.caller.id, count(r) from Referral r where r.caller in :callers "
                + "and r.status in :underWay group by r.caller.id", Object[].class).setParameter("callers", callers)
                .setParameter("underWay", ReferralStatus.underWay()).getResultList()) {
            referrals.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Instant> lastContact = new HashMap<>();
        for (Object[] row : em.createQuery("select c.caller.id, max(c.startedAt) from Contact c where c.caller in :callers "
                + "group by c.caller.id", Object[].class).setParameter("callers", callers).getResultList()) {
            lastContact.put((Long) row[0], (Instant) row[1]);
        }
        return callers.stream().map(caller -> {
            Case open = openCases.get(caller.getId());
            return new QuietCaller(caller.getId(), caller.getDisplayName(), open == null ? null : open.getId(),
                    open == null ? null : open.getNumber(),
                    open == null ? null : open.getOwner() == null ? "Team queue" : open.getOwner().getDisplayName(),
                    referrals.getOrDefault(caller.getId(), 0L), lastContact.get(caller.getId()));
        }).toList();
    }

    private Case openCase(Caller caller) {
        return em.createQuery("select k from HelplineCase k where k.caller = :caller and k.status <> :closed "
                + "order by k.openedAt desc", Case.class).setParameter("caller", caller)
                .setParameter("closed", CaseStatus.CLOSED).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }
}
