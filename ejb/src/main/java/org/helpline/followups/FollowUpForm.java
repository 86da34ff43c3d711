package org.helpline.followups;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.helpline.callers.PhoneNumber;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.forms.CrossFieldRules;
import org.helpline.shared.forms.Rules;

/**
 * A follow-up as the adviser books it, in UK time as typed. {@code toTeamQueue} puts it in the team
 * queue instead of the adviser's own list.
 */
@CrossFieldRules
public class FollowUpForm implements Serializable, Rules.Checked {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{followUp.kind.required}")
    private FollowUpKind kind = FollowUpKind.CALLBACK;
    @NotNull(message = "{followUp.dueFrom.required}")
    private LocalDateTime dueFrom;
    private LocalDateTime dueUntil;
    private String numberToRing;
    @NotBlank(message = "{followUp.reason.required}")
    @Size(max = 2000, message = "{followUp.reason.size}")
    private String reason;
    private boolean toTeamQueue;

    /**
     * Its rules across fields, in UK time: not due in the past (allowing for a clock a little behind), a window
     * that ends after it starts, a number to ring that is a number. Whether a callback has a number at all
     * depends on the caller, so {@link FollowUp#book} decides that.
     */
    @Override
    public void check(Rules rules) {
        if (dueFrom != null) {
            LocalDateTime now = LocalDateTime.now(HelplineTime.CLOCK);
            rules.require(!dueFrom.isBefore(now.minus(FollowUp.CLOCK_SKEW)), "dueFrom", "{followUp.dueFrom.past}");
            rules.require(dueUntil == null || !dueUntil.isBefore(dueFrom), "dueUntil", "{followUp.dueUntil.beforeStart}");
        }
        rules.require(numberToRing == null || numberToRing.isBlank() || PhoneNumber.tryNormalise(numberToRing).isPresent(),
                "numberToRing", "{followUp.numberToRing.format}");
    }

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
