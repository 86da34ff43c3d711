package org.helpline.followups;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A follow-up as the adviser books it, in UK time as typed. {@code toTeamQueue} puts it in the team
 * queue instead of the adviser's own list.
 */
public class FollowUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private FollowUpKind kind = FollowUpKind.CALLBACK;
    private LocalDateTime dueFrom;
    private LocalDateTime dueUntil;
    private String numberToRing;
    private String reason;
    private boolean toTeamQueue;

    public FollowUpKind getKind() {
        return kind;
    }

    public void setKind(FollowUpKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDateTime dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDateTime getDueUntil() {
        return dueUntil;
    }

    public void setDueUntil(LocalDateTime dueUntil) {
        this.dueUntil = dueUntil;
    }

    public String getNumberToRing() {
        return numberToRing;
    }

    public void setNumberToRing(String numberToRing) {
        this.numberToRing = numberToRing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isToTeamQueue() {
        return toTeamQueue;
    }

    public void setToTeamQueue(boolean toTeamQueue) {
        this.toTeamQueue = toTeamQueue;
    }
}
