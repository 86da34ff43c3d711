package org.helpline.supervision;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.helpline.cases.CaseStatus;

/**
 * What the caseload page narrows to: a line and a topic (cases, follow-ups, referrals and contacts that
 * came from a contact on that line or about that topic), a case status (cases only), and the day from
 * which contacts are counted (Monday of this week unless chosen).
 */
public record CaseloadFilter(String line, CaseStatus status, String topic, LocalDate contactsSince)
        implements Serializable {

    public static CaseloadFilter thisWeek(LocalDate today) {
        return new CaseloadFilter(null, null, null, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    boolean byLine() {
        return line != null && !line.isBlank();
    }

    boolean byTopic() {
        return topic != null && !topic.isBlank();
    }
}
