package org.helpline.api.reports;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.api.QueryParams;
import org.helpline.reporting.MonthlyReport;

/** {@code /reports/monthly/{month}}: the figures of the monthly report managers and trustees read, through {@link MonthlyReport}. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "The monthly report's figures")
public class ReportsResource {

    @Inject
    MonthlyReport report;

    /** A published month with records logged or changed since. */
    @Schema(name = "ChangedMonth")
    public record ChangedMonth(@Schema(example = "2026-10") String month, Instant publishedAt,
            @Schema(description = "How many of the month's records were logged or changed since it was published")
            long changedSincePublication) {
    }

    @GET
    @Path("/changed-since-publication")
    @Operation(summary = "Published months changed since", description = "The published months (all lines) whose "
            + "records were logged or changed after publication, newest first. Their published figures stand; "
            + "GET /reports/monthly/{month} gives each figure as published and as it stands now.")
    @APIResponse(responseCode = "200", description = "The months, possibly none")
    public List<ChangedMonth> changedSincePublication() {
        return report.changedSincePublication().stream()
                .map(m -> new ChangedMonth(m.month().toString(), m.publishedAt(), m.changed())).toList();
    }

    @GET
    @Path("/monthly/{month}")
    @Operation(summary = "A month's figures", description = "Contacts by topic, caller type, channel, line and outcome, "
            + "referrals and callback timeliness, each beside the month before and the same month a year earlier, "
            + "with the rule each section counts by. As the report page shows it: a published month's figures as "
            + "published, with publication saying what has changed since; any other month as it stands.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "Not a month, or not a line")
    public MonthlyFiguresView monthly(@Parameter(description = "2026-11", required = true) @PathParam("month") String month,
            @Parameter(description = "A line code; all lines if not given") @QueryParam("line") String line) {
        return MonthlyFiguresView.of(report.view(QueryParams.month(month, "month"), line));
    }
}
