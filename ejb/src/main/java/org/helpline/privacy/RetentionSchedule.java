package org.helpline.privacy;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.helpline.security.Roles;

/** Each night at 03:00 UK time, shreds the callers whose retention period has run out. */
@Singleton
@RunAs(Roles.ADMIN)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    Retention retention;

    @Schedule(hour = "3", minute = "0", timezone = "Europe/London", persistent = true, info = "Shred callers past retention")
    void shred() {
        int shredded = retention.shredDue(Instant.now());
        if (shredded > 0) {
            LOG.info(() -> shredded + " callers past the retention period shredded");
        }
    }
}
