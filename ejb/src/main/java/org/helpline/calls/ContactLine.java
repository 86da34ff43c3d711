package org.helpline.calls;

import java.io.Serializable;
import java.time.Instant;

/**
 * A contact in one line, for lists: when, how, who (if kept), what about, and its case; {@code callerId} for the
 * caller's page and risk marker (null when anonymous, or when the reader is not working with the caller).
 */
public record ContactLine(long id, Instant startedAt, String channel, String caller, String about, String caseNumber,
        Long caseId, Long callerId) implements Serializable {

    /** A contact with a caller the reader is not working with: who it was, and their case, left out. */
    static ContactLine masked(Contact c) {
        ContactLine full = of(c);
        return new ContactLine(full.id(), full.startedAt(), full.channel(), "A caller you are not working with",
                full.about(), null, null, null);
    }

    static ContactLine of(Contact c) {
        String about;
        if (c.isNonData()) {
            about = c.getNonDataKind().label();
        } else {
            String summary = c.getSummary().replaceAll("\\s+", " ");
            about = summary.length() <= 100 ? summary : summary.substring(0, 99) + "…";
        }
        return new ContactLine(c.getId(), c.getStartedAt(), c.getChannel().getLabel(),
                c.getCaller() == null ? "Anonymous" : c.getCaller().getDisplayName(), about,
                c.getSupportCase() == null ? null : c.getSupportCase().getNumber(),
                c.getSupportCase() == null ? null : c.getSupportCase().getId(),
                c.getCaller() == null ? null : c.getCaller().getId());
    }
}
