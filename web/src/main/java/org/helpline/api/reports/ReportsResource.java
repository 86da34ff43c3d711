package org.helpline.api.reports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @GET
    @Path("/monthly/{month}")
    @Operation(summary = "A month's figures", description = "Contacts by topic, caller type, channel, line and outcome, "
            + "referrals and callback timeliness, each beside the month before and the same month a year earlier")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "Not a month, or not a line")
    public MonthlyFiguresView monthly(@Parameter(description = "2026-11", required = true) @PathParam("month") String month,
            @Parameter(description = "A line code; all lines if not given") @QueryParam("line") String line) {
        return MonthlyFiguresView.of(report.figures(QueryParams.month(month, "month"), line));
    }
}
