package org.helpline.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.calls.HelplineLine;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * Freezing a month's report: once published, its figures (for all lines and for each line) are what
 * readers and exports get, whatever changes in the records afterwards. A month is published once, by a
 * manager or admin pressing "publish", or by the schedule on the 1st of the next month.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@RequiresPermission(Permission.PUBLISH_REPORTS)
public class ReportPublishing {

    @PersistenceContext
    EntityManager em;

    @Inject
    MonthlyReport report;

    @Inject
    CurrentStaff staff;

    /** Publishes {@code month}, which must be over and not yet published. */
    public void publish(YearMonth month) {
        if (month == null) {
            throw new InvalidInputException("month", UserText.of("month.required"));
        }
        if (!month.isBefore(YearMonth.now(HelplineTime.CLOCK))) {
            throw new InvalidInputException("month", UserText.of("report.publish.notOver"));
        }
        if (isPublished(month)) {
            throw new InvalidInputException("month", UserText.of("report.publish.already",
                    HelplineTime.monthName(month)));
        }
        freeze(month, staff.account(), Instant.now());
    }

    /**
     * For the schedule: publishes the month before the one {@code now} falls in, unless someone already
     * has. Answers whether it published.
     */
    @RolesAllowed(Roles.ADMIN)
    public boolean publishLastMonth(Instant now) {
        return publishBySchedule(YearMonth.from(now.atZone(HelplineTime.ZONE)).minusMonths(1), now);
    }

    /**
     * For the schedule: the months it should publish now, oldest first. The month just ended always; and any
     * of the {@code catchUp} months before it that has contacts and was never published (the server was down
     * on the 1st for longer than the timer waits, or the months predate publishing), so that no month stays
     * "not published" for ever.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<YearMonth> dueForPublishing(Instant now, int catchUp) {
        YearMonth last = YearMonth.from(now.atZone(HelplineTime.ZONE)).minusMonths(1);
        List<YearMonth> due = new java.util.ArrayList<>();
        for (int back = Math.max(0, catchUp); back >= 1; back--) {
            YearMonth month = last.minusMonths(back);
            if (!isPublished(month) && hasContacts(month)) {
                due.add(month);
            }
        }
        if (!isPublished(last)) {
            due.add(last);
        }
        return due;
    }

    /**
     * For the schedule (which runs as an admin): publishes {@code month} unless someone already has, or it is not
     * over, in a transaction of its own so that one month that fails does not hold back the rest. Answers
     * whether it published; the publication is the schedule's, so managers publish with {@link #publish}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Roles.ADMIN)
    public boolean publishBySchedule(YearMonth month, Instant now) {
        if (isPublished(month) || !month.isBefore(YearMonth.from(now.atZone(HelplineTime.ZONE)))
                || !month.isBefore(YearMonth.now(HelplineTime.CLOCK))) {
            return false;
        }
        freeze(month, null, now);
        return true;
    }

    private boolean hasContacts(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(HelplineTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(HelplineTime.ZONE).toInstant();
        return !em.createQuery("select c.id from Contact c where c.startedAt >= :from and c.startedAt < :to", Long.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(1).getResultList().isEmpty();
    }

    private boolean isPublished(YearMonth month) {
        return em.createQuery("select count(s) from ReportSnapshot s where s.month = :month", Long.class)
                .setParameter("month", month.toString()).getSingleResult() > 0;
    }

    private void freeze(YearMonth month, UserAccount by, Instant at) {
        em.persist(new ReportSnapshot(report.figures(month, null), by, at));
        List<HelplineLine> lines = report.lines();
        for (HelplineLine line : lines) {
            em.persist(new ReportSnapshot(report.figures(month, line.getCode()), by, at));
        }
        // The unique key on (month, scope) turns a second, simultaneous publication into a failure here.
        em.flush();
    }
}
