package org.helpline.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.helpline.security.Roles;
import org.helpline.shared.cluster.ScheduledRuns;

/**
 * In the small hours of the 1st of each month, UK time, publishes the month just ended, and any month of the
 * year before it that has contacts and was never published. A persistent timer: if the server was down then,
 * it runs when the server comes back. Each month is published in a transaction of its own.
 */
@Singleton
@RunAs(Roles.ADMIN)
public class PublishingSchedule {

    private static final Logger LOG = Logger.getLogger(PublishingSchedule.class.getName());

    @Inject
    ReportPublishing publishing;

    @Inject
    ScheduledRuns runs;

    /** How many months before the one just ended the schedule looks back for months never published. */
    @Inject
    @ConfigProperty(name = "helpline.reports.catch-up-months", defaultValue = "12")
    int catchUpMonths;

    @Schedule(dayOfMonth = "1", hour = "2", minute = "0", timezone = "Europe/London", persistent = true,
            info = "Publish last month's report")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void publish() {
        Instant started = Instant.now();
        int published = 0;
        for (YearMonth month : publishing.dueForPublishing(started, catchUpMonths)) {
            try {
                if (publishing.publishBySchedule(month, started)) {
                    published++;
                    LOG.info(() -> "The report for " + month + " published");
                }
            } catch (EJBException failed) {
                // The next month is tried all the same; this one is tried again next month.
                LOG.log(Level.WARNING, "The report for " + month + " could not be published", failed);
            }
        }
        runs.record("publishing", started.truncatedTo(ChronoUnit.MINUTES), started, published);
    }
}
