package org.helpline.followups;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.helpline.security.Roles;
import org.helpline.shared.cluster.ScheduledRuns;

/**
 * Twice a minute, escalates follow-ups that have failed too often or are long overdue. A persistent
 * timer, so it survives restarts, and in a cluster it runs on one server at a time (WildFly's
 * distributed timers); an item is escalated once, however often this runs. Each run is recorded.
 */
@Singleton
@RunAs(Roles.SUPERVISOR)
public class EscalationSchedule {

    private static final Logger LOG = Logger.getLogger(EscalationSchedule.class.getName());

    static final String JOB = "escalation";

    @Inject
    FollowUps followUps;

    @Inject
    ScheduledRuns runs;

    @Schedule(second = "0,30", minute = "*", hour = "*", persistent = true, info = "Escalate follow-ups")
    void escalate() {
        Instant started = Instant.now();
        int escalated = followUps.escalateDue(started);
        runs.record(JOB, Instant.ofEpochSecond(started.getEpochSecond() / 30 * 30), started, escalated);
        if (escalated > 0) {
            LOG.info(() -> escalated + " follow-ups escalated to supervisors");
        }
    }
}
