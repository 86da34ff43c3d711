package org.helpline.api.callers;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.api.Paging;
import org.helpline.api.RecordsOf;
import org.helpline.callers.Caller;
import org.helpline.callers.CallerLookup;
import org.helpline.callers.CallerMatch;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;

/**
 * {@code /callers}: the repeat-caller look-up, as advisers use it on the contact form. Callers the token's
 * user is not working with come back masked, as on the page.
 */
@RecordsOf(Caller.class)
@Path("/callers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Callers", description = "Find a repeat caller by number, name, email or postcode")
public class CallersResource {

    @Inject
    CallerLookup lookup;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Find callers", description = "Matches for what an adviser would type: a phone number, "
            + "a name, an email address or a postcode district. Each match carries a token that links a contact to it.")
    @APIResponse(responseCode = "200", description = "A page of matches")
    @APIResponse(responseCode = "400", description = "Nothing to search for")
    public Response find(@Parameter(description = "Number, name, email or postcode district", required = true)
            @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException("q", UserText.of("api.callers.q.required"));
        }
        int p = Paging.page(page);
        int s = Paging.size(size);
        return Paging.of(uri, lookup.find(q), p, s);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One caller, with their recent contacts, open cases, follow-ups, referrals and risks")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "404", description = "No such caller, or erased")
    public CallerMatch get(@PathParam("id") long id) {
        return lookup.get(id).orElseThrow(() -> new NotFoundException(UserText.of("notFound.callerId", id)));
    }
}
