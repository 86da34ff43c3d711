package org.helpline.email;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When an email should be answered by: within {@code helpline.email.answer-within-hours} working hours (16, two
 * working days of the default {@code helpline.email.working-hours} 09:00-17:00, Monday to Friday, UK time) of
 * its arrival. The acknowledgement promises it, the wallboard and the cracks list show emails past it, and the
 * monthly report measures time to first reply in the same working hours.
 */
@ApplicationScoped
public class EmailTargets {

    @Inject
    @ConfigProperty(name = "helpline.email.working-hours", defaultValue = "09:00-17:00")
    String workingHours;

    @Inject
    @ConfigProperty(name = "helpline.email.answer-within-hours", defaultValue = "16")
    int answerWithinHours;

    public WorkingHours hours() {
        return WorkingHours.parse(workingHours);
    }

    /** The working time an email may wait for its answer. */
    public Duration target() {
        return Duration.ofHours(Math.max(1, answerWithinHours));
    }

    /** When an email that arrived at {@code arrived} should be answered by. */
    public Instant answerBy(Instant arrived) {
        return hours().after(arrived, target());
    }

    /** Whether an email waiting since {@code since} is past its target at {@code now}. */
    public boolean overdue(Instant since, Instant now) {
        return hours().between(since, now).compareTo(target()) > 0;
    }
}
