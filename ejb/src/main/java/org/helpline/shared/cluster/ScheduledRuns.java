package org.helpline.shared.cluster;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.Roles;

/**
 * The record of scheduled jobs' runs, kept for a week: the schedules write one row per run, in the run's
 * own transaction, so a run that failed leaves none.
 */
@Stateless
public class ScheduledRuns {

    static final Duration KEPT_FOR = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    /** Records that {@code job}'s run due at {@code dueAt} ran here from {@code startedAt} until now. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void record(String job, Instant dueAt, Instant startedAt, int items) {
        Instant now = Instant.now();
        em.persist(new ScheduledRun(job, dueAt, ServerName.current(), startedAt, now, items));
        em.createQuery("delete from ScheduledRun r where r.job = :job and r.dueAt < :before")
                .setParameter("job", job)
                .setParameter("before", now.minus(KEPT_FOR))
                .executeUpdate();
    }
}
