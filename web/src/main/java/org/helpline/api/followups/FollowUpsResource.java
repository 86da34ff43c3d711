package org.helpline.api.followups;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.helpline.followups.AttemptOutcome;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUps;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Rows;
import org.helpline.shared.UserText;

/**
 * {@code /follow-ups}: callbacks and other promised work, through {@link FollowUps}. Changes send the
 * ETag as If-Match. Follow-ups are booked with a contact ({@code POST /contacts}) or on a case
 * ({@code POST /cases/{id}/follow-ups}).
 */
@RecordsOf(FollowUp.class)
@Path("/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups", description = "Callbacks and other work promised to callers")
public class FollowUpsResource {

    /** Which list of follow-ups. */
    public enum Queue {
        MINE, TEAM, ESCALATED
    }

    /** A try at a callback and how it went; a note on completing. */
    public record Attempt(@Schema(enumeration = {"REACHED", "NO_ANSWER", "VOICEMAIL", "WRONG_NUMBER"}) String outcome,
            String note) {
    }

    public record Completion(String note) {
    }

    @Inject
    FollowUps followUps;

    @Inject
    Reading reading;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "List follow-ups", description = "The token user's own, the team queue's, or those escalated "
            + "(supervisors)")
    @APIResponse(responseCode = "200", description = "A page of follow-ups")
    public Response list(@Parameter(description = "mine (default), team or escalated") @QueryParam("queue") String queue,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Queue which = QueryParams.choice(queue, "queue", Queue.class, Queue.MINE);
        int number = Paging.page(page);
        int rows = Paging.size(size);
        Rows window = Paging.rows(number, rows);
        return reading.of(() -> {
            List<FollowUpView> shown = (switch (which) {
                case MINE -> followUps.mine(window);
                case TEAM -> followUps.teamQueue(window);
                case ESCALATED -> followUps.escalated(window);
            }).stream().map(FollowUpView::of).toList();
            long total = switch (which) {
                case MINE -> followUps.countMine();
                case TEAM -> followUps.countTeamQueue();
                case ESCALATED -> followUps.countEscalated();
            };
            return Paging.respond(uri, shown, number, rows, total);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One follow-up; its ETag is what a change sends as If-Match")
    @APIResponse(responseCode = "200", description = "The follow-up")
    @APIResponse(responseCode = "404", description = "No such follow-up")
    public Response get(@PathParam("id") long id) {
        return answer(id);
    }

    @POST
    @Path("/{id}/claim")
    @Operation(summary = "Take a follow-up from the team queue")
    @APIResponse(responseCode = "200", description = "Taken")
    @APIResponse(responseCode = "412", description = "Changed since it was read")
    public Response claim(@PathParam("id") long id) {
        followUps.claim(id, version());
        return answer(id);
    }

    @POST
    @Path("/{id}/attempts")
    @Operation(summary = "Record a try at a callback", description = "Three failed tries escalate it to a supervisor")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "No outcome, or not one of the four")
    @APIResponse(responseCode = "412", description = "Changed since it was read")
    public Response attempt(@PathParam("id") long id, Attempt attempt) {
        AttemptOutcome outcome = QueryParams.choice(attempt == null ? null : attempt.outcome(), "outcome",
                AttemptOutcome.class, null);
        if (outcome == null) {
            throw new InvalidInputException("outcome", UserText.of("api.followUp.attempt.required"));
        }
        followUps.attempt(id, version(), outcome, attempt.note());
        return answer(id);
    }

    @POST
    @Path("/{id}/completion")
    @Operation(summary = "Complete a follow-up")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "412", description = "Changed since it was read")
    public Response complete(@PathParam("id") long id, Completion completion) {
        followUps.complete(id, version(), completion == null ? null : completion.note());
        return answer(id);
    }

    private Response answer(long id) {
        return reading.of(() -> {
            FollowUp f = followUps.get(id);
            return Versions.ok(FollowUpView.of(f), f.getVersion()).build();
        });
    }

    private long version() {
        return Versions.ifMatch(headers, uri);
    }
}
