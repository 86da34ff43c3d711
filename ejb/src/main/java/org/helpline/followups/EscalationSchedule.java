package org.helpline.followups;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.helpline.security.Roles;

/**
 * Every five minutes, escalates follow-ups that have failed too often or are long overdue. A persistent
 * timer, so it survives restarts; an item is escalated once, however often this runs.
 */
@Singleton
@RunAs(Roles.SUPERVISOR)
public class EscalationSchedule {

    private static final Logger LOG = Logger.getLogger(EscalationSchedule.class.getName());

    @Inject
    FollowUps followUps;

    @Schedule(minute = "*/5", hour = "*", persistent = true, info = "Escalate follow-ups")
    void escalate() {
        int escalated = followUps.escalateDue(Instant.now());
        if (escalated > 0) {
            LOG.info(() -> escalated + " follow-ups escalated to supervisors");
        }
    }
}
