package org.helpline.reporting;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.helpline.security.Roles;

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

    @Schedule(dayOfMonth = "1", hour = "2", minute = "0", timezone = "Europe/London", persistent = true,
            info = "Publish last month's report")
    void publish() {
        if (publishing.publishLastMonth(Instant.now())) {
            LOG.info("Last month's report published");
        }
    }
}
