package org.helpline.api.contacts;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.shared.UserText;
import org.helpline.api.Paging;
import org.helpline.api.QueryParams;
import org.helpline.api.Reading;
import org.helpline.api.RecordsOf;
import org.helpline.calls.Contact;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLine;
import org.helpline.calls.ContactLog;
import org.helpline.calls.ContactSearch;
import org.helpline.calls.NonDataKind;
import org.helpline.calls.SearchCriteria;
import org.helpline.shared.InvalidInputException;

/**
 * {@code /contacts}: search logged contacts and log new ones, with the same form and rules as the contact
 * page.
 */
@RecordsOf(Contact.class)
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Calls, emails, web chats and letters logged by advisers")
public class ContactsResource {

    @Inject
    ContactSearch search;

    @Inject
    ContactLog log;

    @Inject
    Reading reading;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Search contacts", description = "Newest first unless sort says otherwise. Callers the "
            + "reader is not working with are shown as such. The total is exact up to 1,000; past that the search "
            + "stops counting and totalIsAtLeast is true, and the next link is there while pages come back full.")
    @APIResponse(responseCode = "200", description = "A page of contacts")
    @APIResponse(responseCode = "400", description = "A filter that cannot be read")
    public Response search(@Parameter(description = "Words in the summary or information given") @QueryParam("q") String q,
            @Parameter(description = "From this day (2026-11-01)") @QueryParam("from") String from,
            @Parameter(description = "To this day, inclusive") @QueryParam("to") String to,
            @Parameter(description = "A topic code, with its subtopics") @QueryParam("topic") String topic,
            @Parameter(description = "A line code") @QueryParam("line") String line,
            @Parameter(description = "An adviser's username") @QueryParam("adviser") String adviser,
            @Parameter(description = "newest, oldest or longest") @QueryParam("sort") String sort,
            @Parameter(description = "From 1") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, 20 if not given") @QueryParam("size") String size) {
        SearchCriteria criteria = new SearchCriteria();
        criteria.setText(q);
        criteria.setFrom(QueryParams.date(from, "from"));
        criteria.setTo(QueryParams.date(to, "to"));
        criteria.setTopic(topic);
        criteria.setLine(line);
        criteria.setAdviser(adviser);
        ContactSearch.Sort order = QueryParams.choice(sort, "sort", ContactSearch.Sort.class, ContactSearch.Sort.NEWEST);
        int p = Paging.page(page);
        int s = Paging.size(size);
        ContactSearch.Found found = search.find(criteria, Paging.first(p, s), s, order);
        long counted = found.counted();
        boolean more = counted > ContactSearch.COUNT_LIMIT;
        List<ContactLine> items = found.lines();
        // Past the count's limit the total says "at least": the next link stays while pages are full.
        long seen = Paging.first(p, s) + items.size() + (items.size() == s ? 1 : 0);
        long total = more ? Math.max(ContactSearch.COUNT_LIMIT, seen) : counted;
        return Paging.respond(uri, items, p, s, total, more);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One contact")
    @APIResponse(responseCode = "200", description = "The contact")
    @APIResponse(responseCode = "404", description = "No such contact")
    public ContactView get(@PathParam("id") long id) {
        return reading.of(() -> view(log.show(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a contact", description = "The same form as the contact page: codes for channel, line, "
            + "caller type, topics and outcome; a caller by callerId and the token a look-up gave, or new caller "
            + "details with consentGiven; optionally a case, a follow-up, a referral and risks. completesFollowUps "
            + "lists ids of the linked caller's open follow-ups that this contact dealt with: each is marked done, "
            + "with this contact as the call that did it (completedByContactId on the follow-up), in the same "
            + "transaction. Sending the same Idempotency-Key again returns the contact already logged instead of "
            + "logging it twice; the same key with a different body (another completesFollowUps list too) is 409.")
    @APIResponse(responseCode = "201", description = "Logged; Location names it")
    @APIResponse(responseCode = "400", description = "A field the rules refuse, named in errors: for an id in "
            + "completesFollowUps that is not an open follow-up of the linked caller, completesFollowUps[i]. "
            + "Nothing is saved")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    @APIResponse(responseCode = "422", description = "A field of the wrong type")
    public Response log(@HeaderParam("Idempotency-Key") String idempotencyKey, ContactForm form) {
        if (form == null) {
            throw new InvalidInputException("body", UserText.of("api.contact.body.required"));
        }
        if (form.getIdempotencyKey() == null) {
            // Without a key from the client, a retry logs the contact again; with one, it is logged once.
            form.setIdempotencyKey(idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey);
        }
        ContactView saved = log.log(form, ContactsResource::view);
        URI location = uri.getBaseUriBuilder().path(ContactsResource.class).path(String.valueOf(saved.id())).build();
        return Response.created(location).entity(saved).build();
    }

    /** A call that carried no enquiry, as the contact page's quick buttons log it. */
    @Schema(name = "NewNonDataContact")
    public record NonDataContact(
            @Schema(description = "What it was", required = true) NonDataKind nonDataKind,
            @Schema(description = "A channel code", required = true, example = "phone") String channel,
            @Schema(description = "A line code", required = true, example = "info-line") String line,
            @Schema(description = "When it started; now if not given") Instant startedAt,
            @Schema(description = "How long it lasted in seconds, 0 to 86400; 0 if not given") Integer durationSeconds) {
    }

    @POST
    @Path("/non-data")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a non-data contact", description = "A silent call, wrong number, hang-up, abusive or "
            + "test call: counted in the monthly report's contacts, with no caller, topics or notes. The same "
            + "Idempotency-Key again returns the contact already logged; with a different body it is 409.")
    @APIResponse(responseCode = "201", description = "Logged; Location names it")
    @APIResponse(responseCode = "400", description = "A field the rules refuse (every one named in errors). Nothing is "
            + "saved")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    @APIResponse(responseCode = "422", description = "A field of the wrong type (a kind that is not one of those "
            + "listed), or one this body does not have")
    public Response logNonData(@HeaderParam("Idempotency-Key") String idempotencyKey, NonDataContact body) {
        if (body == null) {
            throw new InvalidInputException("body", UserText.of("api.contact.body.required"));
        }
        Integer seconds = body.durationSeconds();
        String key = idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey;
        Contact logged = log.logNonData(key, body.nonDataKind(), body.channel(), body.line(), body.startedAt(),
                seconds == null ? null : Duration.ofSeconds(seconds));
        ContactView saved = reading.of(() -> view(log.show(logged.getId())));
        URI location = uri.getBaseUriBuilder().path(ContactsResource.class).path(String.valueOf(saved.id())).build();
        return Response.created(location).entity(saved).build();
    }

    private static ContactView view(ContactLog.Shown shown) {
        return ContactView.of(shown.contact(), shown.callerIdentified());
    }
}
