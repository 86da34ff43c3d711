package org.helpline.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * The report as a reader sees it: the published figures when the month has been published, otherwise the
 * figures as they stand. When records of a published month have changed since, {@code recomputed} holds
 * the figures as they stand now, to read beside the published ones.
 */
public record ReportView(MonthlyFigures figures, Publication publication, MonthlyFigures recomputed,
        long changedSincePublication) implements Serializable {

    /** When and by whom the month was published; {@code by} is "the monthly schedule" when nobody pressed it. */
    public record Publication(Instant at, String by) implements Serializable {
    }

    public boolean published() {
        return publication != null;
    }

    public Optional<ReportRow> now(String section, String code) {
        if (recomputed == null) {
            return Optional.empty();
        }
        return recomputed.sections().stream().filter(s -> s.key().equals(section)).flatMap(s -> s.rows().stream())
                .filter(r -> r.code().equals(code)).findFirst();
    }
}
