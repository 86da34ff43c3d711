package org.helpline.view.supervision;

import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.view.PagedTable;
import org.helpline.safeguarding.SafeguardingAlert;
import org.helpline.safeguarding.SafeguardingQueue;

/** {@code supervision/safeguarding.xhtml}: alerts waiting for sign-off, and the latest signed off. */
@Named
@RequestScoped
public class SafeguardingBacking {

    @Inject
    SafeguardingQueue queue;

    private PagedTable<SafeguardingAlert> open;
    private PagedTable<SafeguardingAlert> signedOff;
    private final Instant now = Instant.now();
    private long openCount;

    @PostConstruct
    void load() {
        openCount = queue.countOpen();
        open = PagedTable.of(() -> openCount, queue::open, SafeguardingAlert::getId);
        signedOff = PagedTable.of(queue::countSignedOff, queue::signedOff, SafeguardingAlert::getId);
    }

    public boolean overdue(SafeguardingAlert alert) {
        return alert.isOverdue(now, queue.signOffWithin());
    }

    /** "1 hour", "30 minutes": how long an alert may wait, for the page to say. */
    public String getWithin() {
        long minutes = queue.signOffWithin().toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + (minutes == 60 ? " hour" : " hours") : minutes + " minutes";
    }

    public long getOpenCount() {
        return openCount;
    }

    public PagedTable<SafeguardingAlert> getOpen() {
        return open;
    }

    public PagedTable<SafeguardingAlert> getSignedOff() {
        return signedOff;
    }
}
