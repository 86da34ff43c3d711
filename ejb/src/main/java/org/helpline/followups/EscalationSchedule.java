package org.helpline.followups;

import java.time.Instant;
import java.util.Collection;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helpline.security.Roles;
import org.helpline.shared.cluster.ScheduledRuns;

/**
 * Every {@code helpline.escalation.every-seconds} (30) seconds, escalates follow-ups that have failed too often
 * or are long overdue. A persistent automatic timer, declared in META-INF/jboss-ejb3.xml rather than with
 * {@code @Schedule} so that WildFly fills in the cadence from the setting: it survives restarts, and in a
 * cluster it runs on one server at a time (WildFly's distributed timers); an item is escalated once, however
 * often this runs. Each run is recorded with the tick it was due at.
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

    @Resource
    TimerService timers;

    /** Read the same way as jboss-ejb3.xml's schedule reads it: a system property, else the environment. */
    @Inject
    @ConfigProperty(name = "helpline.escalation.every-seconds", defaultValue = "30")
    int everySeconds;

    /** The timer's timeout (jboss-ejb3.xml). */
    void escalate() {
        Instant started = Instant.now();
        if (missedWhileDown(started)) {
            return;
        }
        int escalated = followUps.escalateDue(started);
        runs.record(JOB, tickAtOrBefore(started, everySeconds), started, escalated);
        if (escalated > 0) {
            LOG.info(() -> escalated + " follow-ups escalated to supervisors");
        }
    }

    /**
     * Whether this is a tick that fell while the server was down, with a later one due already. A single
     * server's timer service replays each missed tick of a persistent timer, back to back, after a restart;
     * only the latest runs, as WildFly's distributed timers do themselves, so that no tick runs twice.
     */
    private boolean missedWhileDown(Instant now) {
        Collection<Timer> mine = timers.getTimers();
        // None listed would make "all overdue" true and stop escalation: run rather than skip.
        return !mine.isEmpty() && mine.stream().allMatch(timer -> timer.getNextTimeout().toInstant().isBefore(now));
    }

    /**
     * The tick of {@code second = "*}{@code /everySeconds"} at or before {@code when}: the schedule counts from
     * the top of each minute.
     */
    static Instant tickAtOrBefore(Instant when, int everySeconds) {
        long minute = Math.floorDiv(when.getEpochSecond(), 60) * 60;
        long second = when.getEpochSecond() - minute;
        return Instant.ofEpochSecond(minute + second / everySeconds * everySeconds);
    }
}
