package org.helpline.supervision;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.helpline.security.Roles;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * The queues supervisors watch, as gauges in WildFly's metrics (Prometheus's format at /metrics on the
 * management interface): {@code helpline_followups_open} (not done or cancelled), {@code
 * helpline_followups_overdue} (open past the end of their window), {@code helpline_safeguarding_unsigned} (no
 * supervisor has signed them off), so an operator can alert when work piles up. Counted every 15 s
 * rather than at each scrape, which has no signed-in identity to count with; each server of a cluster
 * counts the same shared database, so every node reports the same figures.
 */
@Singleton
@Startup
@RunAs(Roles.SUPERVISOR)
public class QueueGauges {

    @Inject
    MeterRegistry metrics;

    @Inject
    Wallboard wallboard;

    private final AtomicLong openFollowUps = new AtomicLong();
    private final AtomicLong overdueFollowUps = new AtomicLong();
    private final AtomicLong unsignedSafeguarding = new AtomicLong();

    @PostConstruct
    void register() {
        // registry.gauge(...), not Gauge.builder(...).register(registry): WildFly 39 hands the application a
        // registry that passes only the former on to the Prometheus endpoint.
        metrics.gauge("helpline.followups.open", Tags.empty(), openFollowUps, AtomicLong::doubleValue);
        metrics.gauge("helpline.followups.overdue", Tags.empty(), overdueFollowUps, AtomicLong::doubleValue);
        metrics.gauge("helpline.safeguarding.unsigned", Tags.empty(), unsignedSafeguarding, AtomicLong::doubleValue);
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "Count the queues for the metrics")
    void count() {
        QueueSizes sizes = wallboard.queueSizes(Instant.now());
        openFollowUps.set(sizes.openFollowUps());
        overdueFollowUps.set(sizes.overdueFollowUps());
        unsignedSafeguarding.set(sizes.unsignedSafeguarding());
    }
}
