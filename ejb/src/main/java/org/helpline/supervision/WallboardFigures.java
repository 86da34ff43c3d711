package org.helpline.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the supervisors' wallboard shows, as of {@code at}. */
public record WallboardFigures(Instant at, List<LineFigures> lines, long contactsToday, long contactsThisHour,
        long followUpsDueNextHour, long followUpsOverdue, long unsignedSafeguarding, long emailsWaiting,
        long emailsOverdue, long emailRisksToDecide) implements Serializable {

    /** Contacts on one line today and in the current hour. */
    public record LineFigures(String line, long today, long thisHour) implements Serializable {
    }
}
