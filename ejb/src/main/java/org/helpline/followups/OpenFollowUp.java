package org.helpline.followups;

import java.io.Serializable;
import java.time.Instant;

/**
 * One of a caller's open follow-ups as the contact form offers it to be marked done by the call: what it is,
 * when it is due, why, who holds it ({@code owner} null: the team queue) and whether its window has closed.
 */
public record OpenFollowUp(long id, FollowUpKind kind, Instant dueFrom, Instant dueUntil, String reason, String owner,
        boolean overdue) implements Serializable {

    static OpenFollowUp of(FollowUp f, Instant now) {
        return new OpenFollowUp(f.getId(), f.getKind(), f.getDueFrom(), f.getDueUntil(), f.getReason(),
                f.getOwner() == null ? null : f.getOwner().getDisplayName(), f.isOverdue(now));
    }
}
