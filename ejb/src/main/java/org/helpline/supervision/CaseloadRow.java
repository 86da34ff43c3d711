package org.helpline.supervision;

import java.io.Serializable;
import java.time.Instant;

/**
 * One adviser's caseload, or the team queue's ({@code username} null): the counts, and when the case
 * nobody has touched for longest was last changed.
 */
public record CaseloadRow(String username, String name, long openCases, long dueToday, long overdue,
        long referrals, long contacts, Instant oldestUntouched) implements Serializable {

    public boolean isTeamQueue() {
        return username == null;
    }

    public long count(CaseloadList list) {
        return switch (list) {
            case OPEN_CASES -> openCases;
            case DUE_TODAY -> dueToday;
            case OVERDUE -> overdue;
            case REFERRALS -> referrals;
            case CONTACTS -> contacts;
        };
    }
}
