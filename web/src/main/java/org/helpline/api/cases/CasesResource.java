package org.helpline.api.cases;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.api.Paging;
import org.helpline.api.QueryParams;
import org.helpline.api.Reading;
import org.helpline.api.RecordsOf;
import org.helpline.api.Versions;
import org.helpline.api.followups.FollowUpView;
import org.helpline.cases.Case;
import org.helpline.cases.CaseStatus;
import org.helpline.cases.Cases;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUpForm;
import org.helpline.followups.FollowUps;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Rows;
import org.helpline.shared.UserText;

/**
 * {@code /cases}: a caller's ongoing support, through {@link Cases}. Every change sends the ETag the case
 * was read with as If-Match; a stale one gets 412 and changes nothing.
 */
@RecordsOf(Case.class)
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Ongoing support for a caller, across contacts")
public class CasesResource {

    /** Which list of cases. */
    public enum Queue {
        MINE, TEAM
    }

    /** A new status. */
    public record StatusChange(@Schema(description = "OPEN, IN_PROGRESS or AWAITING_CALLER") String status) {
    }

    /** A note's text; a closing outcome and note; a reason to reopen. */
    public record Note(String text) {
    }

    public record Closure(String outcome, String note) {
    }

    public record Reopening(String reason) {
    }

    @Inject
    Cases cases;

    @Inject
    FollowUps followUps;

    @Inject
    Reading reading;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "List cases", description = "The token user's own open cases, or those waiting in the team queue")
    @APIResponse(responseCode = "200", description = "A page of cases")
    public Response list(@Parameter(description = "mine (default) or team") @QueryParam("queue") String queue,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Queue which = QueryParams.choice(queue, "queue", Queue.class, Queue.MINE);
        int number = Paging.page(page);
        int rows = Paging.size(size);
        Rows window = Paging.rows(number, rows);
        return reading.of(() -> Paging.respond(uri, (which == Queue.MINE ? cases.mine(window) : cases.teamQueue(window))
                .stream().map(k -> CaseView.of(k, false)).toList(), number, rows,
                which == Queue.MINE ? cases.countMine() : cases.countTeamQueue()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case, with its timeline; its ETag is what a change sends as If-Match")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case, or not the reader's to see")
    public Response get(@PathParam("id") long id) {
        return answer(id);
    }

    @POST
    @Path("/{id}/claim")
    @Operation(summary = "Take a case from the team queue")
    @APIResponse(responseCode = "200", description = "Taken")
    @APIResponse(responseCode = "412", description = "Changed since it was read")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response claim(@PathParam("id") long id) {
        cases.claim(id, version());
        return answer(id);
    }

    @PUT
    @Path("/{id}/status")
    @Operation(summary = "Move a case on")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "400", description = "Not a status, or one the case cannot move to")
    @APIResponse(responseCode = "412", description = "Changed since it was read")
    public Response move(@PathParam("id") long id, StatusChange change) {
        CaseStatus target = QueryParams.choice(change == null ? null : change.status(), "status", CaseStatus.class, null);
        if (target == null) {
            throw new InvalidInputException("status", UserText.of("api.case.status.required"));
        }
        cases.moveTo(id, version(), target);
        return answer(id);
    }

    @POST
    @Path("/{id}/notes")
    @Operation(summary = "Add a note")
    @APIResponse(responseCode = "200", description = "Added")
    @APIResponse(responseCode = "412", description = "Changed since it was read")
    public Response addNote(@PathParam("id") long id, Note note) {
        cases.addNote(id, version(), note == null ? null : note.text());
        return answer(id);
    }

    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Close a case with an outcome code")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "412", description = "Changed since it was read")
    public Response close(@PathParam("id") long id, Closure closure) {
        cases.close(id, version(), closure == null ? null : closure.outcome(), closure == null ? null : closure.note());
        return answer(id);
    }

    @POST
    @Path("/{id}/reopening")
    @Operation(summary = "Reopen a closed case, with a reason")
    @APIResponse(responseCode = "200", description = "Reopened")
    @APIResponse(responseCode = "412", description = "Changed since it was read")
    public Response reopen(@PathParam("id") long id, Reopening reopening) {
        cases.reopen(id, version(), reopening == null ? null : reopening.reason());
        return answer(id);
    }

    @POST
    @Path("/{id}/follow-ups")
    @Operation(summary = "Book a follow-up on a case")
    @APIResponse(responseCode = "201", description = "Booked; Location names it")
    @APIResponse(responseCode = "400", description = "A field the rules refuse")
    public Response bookFollowUp(@PathParam("id") long id, FollowUpForm form) {
        if (form == null) {
            throw new InvalidInputException("body", UserText.of("api.followUp.body.required"));
        }
        long booked = followUps.bookForCase(id, form).getId();
        URI location = uri.getBaseUriBuilder().path("follow-ups").path(String.valueOf(booked)).build();
        return reading.of(() -> {
            FollowUp followUp = followUps.get(booked);
            return Versions.ok(FollowUpView.of(followUp), followUp.getVersion()).status(Response.Status.CREATED)
                    .location(location).build();
        });
    }

    /** The case as it is now, with the version it was saved at as its ETag. */
    private Response answer(long id) {
        return reading.of(() -> {
            Case k = cases.get(id);
            return Versions.ok(CaseView.of(k, true), k.getVersion()).build();
        });
    }

    private long version() {
        return Versions.ifMatch(headers, uri);
    }
}
