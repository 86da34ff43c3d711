package org.helpline.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.calls.HelplineLine;
import org.helpline.email.EmailTargets;
import org.helpline.email.EmailWaits;
import org.helpline.followups.FollowUp;
import org.helpline.safeguarding.SafeguardingAlert;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.HelplineTime;

/** The figures on the supervisors' live wallboard: contacts today and this hour by line, follow-ups, safeguarding. */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@RequiresPermission(Permission.VIEW_CASELOADS)
public class Wallboard {

    @PersistenceContext
    EntityManager em;

    @Inject
    EmailTargets targets;

    public WallboardFigures figures(Instant now) {
        Instant startOfDay = LocalDate.ofInstant(now, HelplineTime.ZONE).atStartOfDay(HelplineTime.ZONE).toInstant();
        Instant startOfHour = ZonedDateTime.ofInstant(now, HelplineTime.ZONE).truncatedTo(ChronoUnit.HOURS).toInstant();
        Map<String, Long> today = byLine(startOfDay);
        Map<String, Long> hour = byLine(startOfHour);
        List<WallboardFigures.LineFigures> lines = em.createQuery("select l from HelplineLine l order by l.sortOrder, l.label",
                HelplineLine.class).getResultStream()
                .map(l -> new WallboardFigures.LineFigures(l.getLabel(), today.getOrDefault(l.getCode(), 0L),
                        hour.getOrDefault(l.getCode(), 0L)))
                .toList();
        long dueNextHour = em.createQuery("select count(f) from FollowUp f where f.status = :open "
                + "and f.dueFrom <= :soon and f.dueUntil >= :now", Long.class).setParameter("open", FollowUp.Status.OPEN)
                .setParameter("soon", now.plus(Duration.ofHours(1))).setParameter("now", now).getSingleResult();
        EmailWaits.Figures emails = EmailWaits.at(em, targets, now);
        return new WallboardFigures(now, lines, today.values().stream().mapToLong(Long::longValue).sum(),
                hour.values().stream().mapToLong(Long::longValue).sum(), dueNextHour, overdueFollowUps(now),
                unsignedSafeguarding(), emails.waiting(), emails.overdue().size(),
                emails.risksToDecide());
    }

    /** How long the queues supervisors watch are, for the operator's metrics. */
    public QueueSizes queueSizes(Instant now) {
        long open = em.createQuery("select count(f) from FollowUp f where f.status = :open", Long.class)
                .setParameter("open", FollowUp.Status.OPEN).getSingleResult();
        return new QueueSizes(open, overdueFollowUps(now), unsignedSafeguarding());
    }

    private long overdueFollowUps(Instant now) {
        return em.createQuery("select count(f) from FollowUp f where f.status = :open and f.dueUntil < :now",
                Long.class).setParameter("open", FollowUp.Status.OPEN).setParameter("now", now).getSingleResult();
    }

    private long unsignedSafeguarding() {
        return em.createQuery("select count(a) from SafeguardingAlert a where a.status = :open", Long.class)
                .setParameter("open", SafeguardingAlert.Status.OPEN).getSingleResult();
    }

    private Map<String, Long> byLine(Instant since) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select c.line.code, count(c) from Contact c where c.startedAt >= :since "
                + "group by c.line.code", Object[].class).setParameter("since", since).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
