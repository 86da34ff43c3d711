package org.helpline.email;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * The enquiries still owed an answer, against the target ({@link EmailTargets}): for the wallboard and the cracks
 * list, which supervisors read in their own services' transactions.
 */
public final class EmailWaits {

    private EmailWaits() {
    }

    /** One enquiry past its target: how many working hours it has waited, and who holds it (null: nobody). */
    public record Overdue(long id, String subject, Instant waitingSince, long workingHoursWaited, String takenBy,
            RiskState risk) implements Serializable {
    }

    /**
     * How many enquiries wait for an answer, those past the target (the longest waiting first), and how many hold a
     * suggested risk nobody has confirmed or dismissed yet, answered or not.
     */
    public record Figures(long waiting, List<Overdue> overdue, long risksToDecide) implements Serializable {
    }

    public static Figures at(EntityManager em, EmailTargets targets, Instant now) {
        List<EmailThread> open = em.createQuery("select t from EmailThread t left join fetch t.takenBy "
                + "where t.status in :open order by t.waitingSince, t.id", EmailThread.class)
                .setParameter("open", List.of(ThreadStatus.WAITING, ThreadStatus.TAKEN)).getResultList();
        WorkingHours hours = targets.hours();
        List<Overdue> overdue = open.stream().filter(t -> t.getWaitingSince() != null
                && targets.overdue(t.getWaitingSince(), now)).map(t -> new Overdue(t.getId(), t.getSubject(),
                        t.getWaitingSince(), hours.between(t.getWaitingSince(), now).toHours(),
                        t.getTakenBy() == null ? null : t.getTakenBy().getDisplayName(), t.getRiskState())).toList();
        long risksToDecide = em.createQuery("select count(t) from EmailThread t where t.riskState = :suggested",
                Long.class).setParameter("suggested", RiskState.SUGGESTED).getSingleResult();
        return new Figures(open.size(), overdue, risksToDecide);
    }

    /** The target, as people read it: "16 working hours (2 working days)". */
    public static String targetText(EmailTargets targets) {
        Duration target = targets.target();
        Duration day = targets.hours().day();
        long days = target.toMinutes() % day.toMinutes() == 0 ? target.toMinutes() / day.toMinutes() : 0;
        return target.toHours() + " working hours" + (days > 0 ? " (" + days + " working day" + (days == 1 ? ")" : "s)") : "");
    }
}
