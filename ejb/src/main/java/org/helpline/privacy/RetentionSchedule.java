package org.helpline.privacy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.helpline.security.Roles;
import org.helpline.shared.cluster.ScheduledRuns;

/** Each night at 03:00 UK time, shreds the callers whose retention period has run out. */
@Singleton
@RunAs(Roles.ADMIN)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    Retention retention;

    @Inject
    ScheduledRuns runs;

    @Schedule(hour = "3", minute = "0", timezone = "Europe/London", persistent = true, info = "Shred callers past retention")
    void shred() {
        Instant started = Instant.now();
        int shredded = retention.shredDue(started);
        runs.record("retention", started.truncatedTo(ChronoUnit.MINUTES), started, shredded);
        if (shredded > 0) {
            LOG.info(() -> shredded + " callers past the retention period shredded");
        }
    }
}
