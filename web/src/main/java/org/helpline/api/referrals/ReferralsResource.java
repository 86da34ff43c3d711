package org.helpline.api.referrals;

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
import org.helpline.referrals.Referral;
import org.helpline.referrals.ReferralOutcome;
import org.helpline.referrals.ReferralStatus;
import org.helpline.referrals.Referrals;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/** {@code /referrals}: referring callers to services and keeping each referral up to date, through {@link Referrals}. */
@RecordsOf(Referral.class)
@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Callers referred to services such as FACETS, counselling or carers' support")
public class ReferralsResource {

    /** A new referral: from a contact or from a case, with the caller's consent. */
    @Schema(name = "NewReferral")
    public record NewReferral(@Schema(description = "The contact it is made on; or give caseId") Long contactId,
            @Schema(description = "The case it is made on; or give contactId") Long caseId,
            @Schema(description = "The service's code", example = "facets") String service,
            @Schema(description = "The caller agreed to their details going to the service") boolean consentGiven,
            @Schema(description = "Send it now, rather than propose it") boolean sendNow,
            String note) {
    }

    /** A move to a new status, and why; an outcome at the end. */
    public record StatusChange(String status, String why) {
    }

    public record Completion(@Schema(enumeration = {"HELPED", "PARTLY_HELPED", "NOT_HELPED"}) String outcome, String note) {
    }

    @Inject
    Referrals referrals;

    @Inject
    Reading reading;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "A caller's referrals")
    @APIResponse(responseCode = "200", description = "A page of referrals")
    @APIResponse(responseCode = "400", description = "No caller given")
    public Response forCaller(@Parameter(description = "The caller's id", required = true) @QueryParam("caller") String caller,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        int callerId = QueryParams.number(caller, "caller", -1);
        if (callerId < 0) {
            throw new InvalidInputException("caller", UserText.of("api.referrals.caller.required"));
        }
        int p = Paging.page(page);
        int s = Paging.size(size);
        return Paging.of(uri, reading.of(() -> referrals.forCaller(callerId).stream().map(ReferralView::of).toList()), p, s);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One referral; its ETag is what a change sends as If-Match")
    @APIResponse(responseCode = "200", description = "The referral")
    @APIResponse(responseCode = "404", description = "No such referral")
    public Response get(@PathParam("id") long id) {
        return answer(id, Response.Status.OK);
    }

    @POST
    @Operation(summary = "Refer a caller to a service")
    @APIResponse(responseCode = "201", description = "Referred; Location names it")
    @APIResponse(responseCode = "400", description = "A field the rules refuse (no consent, a retired service...)")
    public Response refer(NewReferral referral) {
        if (referral == null || referral.contactId() == null && referral.caseId() == null) {
            throw new InvalidInputException("contactId", UserText.of("api.referral.on.required"));
        }
        Referral made = referral.contactId() != null
                ? referrals.refer(referral.contactId(), referral.service(), referral.consentGiven(), referral.sendNow(), referral.note())
                : referrals.referFromCase(referral.caseId(), referral.service(), referral.consentGiven(), referral.sendNow(),
                        referral.note());
        URI location = uri.getBaseUriBuilder().path(ReferralsResource.class).path(String.valueOf(made.getId())).build();
        return Response.fromResponse(answer(made.getId(), Response.Status.CREATED)).location(location).build();
    }

    @PUT
    @Path("/{id}/status")
    @Operation(summary = "Move a referral on (sent, accepted, enrolled, declined...)")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "400", description = "Not a status, or one it cannot move to")
    @APIResponse(responseCode = "412", description = "Changed since it was read")
    public Response move(@PathParam("id") long id, StatusChange change) {
        ReferralStatus target = QueryParams.choice(change == null ? null : change.status(), "status", ReferralStatus.class, null);
        if (target == null) {
            throw new InvalidInputException("status", UserText.of("api.referral.status.required"));
        }
        referrals.moveTo(id, version(), target, change.why());
        return answer(id, Response.Status.OK);
    }

    @POST
    @Path("/{id}/completion")
    @Operation(summary = "Complete a referral with how it helped")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "412", description = "Changed since it was read")
    public Response complete(@PathParam("id") long id, Completion completion) {
        ReferralOutcome outcome = QueryParams.choice(completion == null ? null : completion.outcome(), "outcome",
                ReferralOutcome.class, null);
        if (outcome == null) {
            throw new InvalidInputException("outcome", UserText.of("api.referral.outcome.required"));
        }
        referrals.complete(id, version(), outcome, completion.note());
        return answer(id, Response.Status.OK);
    }

    private Response answer(long id, Response.Status status) {
        return reading.of(() -> {
            Referral r = referrals.get(id);
            return Versions.ok(ReferralView.of(r), r.getVersion()).status(status).build();
        });
    }

    private long version() {
        return Versions.ifMatch(headers, uri);
    }
}
