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

    /** A figure of a published month that is not what it was: the row, as published and as it stands now. */
    public record Difference(String section, String row, String published, String now) implements Serializable {
    }

    /**
     * The month's figures that changed since publication, in report order: each row of the recomputed figures
     * whose value for the month differs from the published one (a row new since counts as 0, or none, before;
     * under older rules, a row they did not have is left out). Empty when nothing changed.
     */
    public java.util.List<Difference> differences() {
        if (recomputed == null) {
            return java.util.List.of();
        }
        boolean sameRules = !rulesChangedSincePublication();
        java.util.List<Difference> differences = new java.util.ArrayList<>();
        for (ReportSection now : recomputed.sections()) {
            Optional<ReportSection> then = figures.findSection(now.key());
            for (ReportRow row : now.rows()) {
                Optional<ReportRow> published = then.flatMap(s -> s.rows().stream()
                        .filter(r -> r.code().equals(row.code())).findFirst());
                if (published.isEmpty() && !sameRules) {
                    continue; // a figure the rules of its day did not have: nothing to compare it with
                }
                long before = published.map(ReportRow::month)
                        .orElse(row.unit() == ReportRow.Unit.COUNT ? 0 : ReportRow.NONE);
                if (before != row.month()) {
                    differences.add(new Difference(now.title(), row.label(), row.format(before), row.format(row.month())));
                }
            }
        }
        return differences;
    }

    /**
     * Whether the month was published under older counting rules than today's ({@link MonthlyFigures#RULES}):
     * then some differences come from the rules, not from the records.
     */
    public boolean rulesChangedSincePublication() {
        return published() && figures.rules() < MonthlyFigures.RULES;
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
