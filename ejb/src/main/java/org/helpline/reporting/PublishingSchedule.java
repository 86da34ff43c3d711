package org.helpline.reporting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.helpline.security.Roles;
import org.helpline.shared.cluster.ScheduledRuns;

/**
 * In the small hours of the 1st of each month, UK time, publishes the month just ended. A persistent
 * timer: if the server was down then, it runs when the server comes back.
 */
@Singleton
@RunAs(Roles.ADMIN)
public class PublishingSchedule {

    private static final Logger LOG = Logger.getLogger(PublishingSchedule.class.getName());

    @Inject
    ReportPublishing publishing;

    @Inject
    ScheduledRuns runs;

    @Schedule(dayOfMonth = "1", hour = "2", minute = "0", timezone = "Europe/London", persistent = true,
            info = "Publish last month's report")
    void publish() {
        Instant started = Instant.now();
        boolean published = publishing.publishLastMonth(started);
        if (published) {
            LOG.info("Last month's report published");
        }
        runs.record("publishing", started.truncatedTo(ChronoUnit.MINUTES), started, published ? 1 : 0);
    }
}
