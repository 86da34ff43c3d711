package org.helpline.api.emails;

import java.net.URI;
import java.time.Instant;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helpline.api.Paging;
import org.helpline.api.RecordsOf;
import org.helpline.api.Versions;
import org.helpline.email.EmailQueue;
import org.helpline.email.EmailReplies;
import org.helpline.email.EmailThread;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * {@code /emails}: the team's email queue, an enquiry read in full, taking it, putting it back and replying,
 * through {@link EmailQueue} and {@link EmailReplies}, under the same rules as the pages. An enquiry's emails are
 * logged as contacts with {@code POST /contacts} naming the email ({@code emailId}).
 */
@RecordsOf(EmailThread.class)
@Path("/emails")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Emails", description = "Email enquiries to the helpline, and replies from it")
public class EmailsResource {

    /** A reply's text; the helpline's signature is added under it. */
    public record Reply(String text) {
    }

    @Inject
    EmailQueue queue;

    @Inject
    EmailReplies replies;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The email queue", description = "Enquiries waiting for an answer or taken, the longest "
            + "waiting first. A sender who is a caller the token's user does not work with shows masked (initials).")
    @APIResponse(responseCode = "200", description = "A page of the queue")
    public Response waiting(@QueryParam("page") String page, @QueryParam("size") String size) {
        int number = Paging.page(page);
        int rows = Paging.size(size);
        List<QueueItemView> all = queue.waiting(Instant.now()).stream().map(QueueItemView::of).toList();
        return Paging.of(uri, all, number, rows);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One enquiry in full", description = "Its emails in order (text, and HTML as sanitised when it "
            + "arrived), the sender checks' verdict, what could not be read, the files listed, and the callers the "
            + "sender may be (masked as the look-up masks them)")
    @APIResponse(responseCode = "200", description = "The enquiry")
    @APIResponse(responseCode = "404", description = "No such enquiry, or not the token user's to read")
    public Response get(@PathParam("id") long id) {
        EmailQueue.Enquiry enquiry = queue.get(id);
        return Versions.ok(EnquiryView.of(enquiry), enquiry.version()).build();
    }

    @POST
    @Path("/{id}/take")
    @Operation(summary = "Take an enquiry to answer it")
    @APIResponse(responseCode = "200", description = "Taken (or already the token user's)")
    @APIResponse(responseCode = "409", description = "Another adviser holds it, or it is no longer in the queue")
    public Response take(@PathParam("id") long id) {
        queue.take(id);
        return get(id);
    }

    @POST
    @Path("/{id}/release")
    @Operation(summary = "Put an enquiry the token user holds back in the queue")
    @APIResponse(responseCode = "200", description = "Back in the queue")
    @APIResponse(responseCode = "409", description = "The token user does not hold it")
    public Response release(@PathParam("id") long id) {
        queue.release(id);
        return get(id);
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close an enquiry that needs no reply", description = "An out-of-office reply, spam, a "
            + "thank-you: it leaves the queue; a new email from the correspondent reopens it")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "Another adviser holds it, it is not in the queue, or a suggested "
            + "risk on it awaits confirming or dismissing")
    @APIResponse(responseCode = "412", description = "It changed since the If-Match version was read (a new email?)")
    @APIResponse(responseCode = "428", description = "No If-Match: send the ETag the enquiry was read with")
    public Response close(@PathParam("id") long id) {
        queue.close(id, Versions.ifMatch(headers, uri));
        return get(id);
    }

    @POST
    @Path("/{id}/replies")
    @Operation(summary = "Reply to an enquiry", description = "Sent over SMTP from the helpline's address, signed, "
            + "threaded under the correspondent's latest email (In-Reply-To, References). A waiting enquiry nobody "
            + "holds is taken by replying.")
    @APIResponse(responseCode = "201", description = "Sent; Location names the enquiry")
    @APIResponse(responseCode = "400", description = "No text, too long, no address to reply to, or the mail server "
            + "refused it (nothing is sent or kept)")
    @APIResponse(responseCode = "409", description = "Another adviser holds the enquiry")
    @APIResponse(responseCode = "412", description = "It changed since the If-Match version was read (a new email "
            + "came: read it before answering)")
    @APIResponse(responseCode = "422", description = "A member this body does not have")
    @APIResponse(responseCode = "428", description = "No If-Match: send the ETag the enquiry was read with")
    public Response reply(@PathParam("id") long id, Reply body) {
        long seen = Versions.ifMatch(headers, uri);
        if (body == null) {
            throw new InvalidInputException("text", UserText.of("email.reply.required"));
        }
        EmailReplies.Sent sent = replies.reply(id, seen, body.text());
        URI location = uri.getBaseUriBuilder().path(EmailsResource.class).path(String.valueOf(id)).build();
        return Response.created(location).entity(new SentView(sent.messageId(), sent.messageKey(), sent.to())).build();
    }

    /** Why the words that suggested a risk suggest none here. */
    public record RiskDismissal(String reason) {
    }

    @POST
    @Path("/{id}/risk-dismissal")
    @Operation(summary = "Dismiss the risk an enquiry's words suggested", description = "With the reason. To confirm "
            + "it instead, log the email as a contact with the risk (POST /contacts with emailId and risks), which "
            + "alerts supervisors as for a call.")
    @APIResponse(responseCode = "200", description = "Dismissed: the enquiry as it is now")
    @APIResponse(responseCode = "204", description = "Dismissed; answered already, it has left the queue and is no "
            + "longer the token user's to read")
    @APIResponse(responseCode = "400", description = "No reason, or too long")
    @APIResponse(responseCode = "409", description = "No risk is suggested on it")
    @APIResponse(responseCode = "412", description = "It changed since the If-Match version was read (a new email "
            + "may have new words)")
    @APIResponse(responseCode = "428", description = "No If-Match: send the ETag the enquiry was read with")
    public Response dismissRisk(@PathParam("id") long id, RiskDismissal body) {
        queue.dismissRisk(id, Versions.ifMatch(headers, uri), body == null ? null : body.reason());
        try {
            return get(id);
        } catch (org.helpline.shared.NotFoundException noLongerTheirs) {
            return Response.noContent().build();
        }
    }

    /** A reply as sent: its id among the enquiry's emails, its Message-ID, and the address it went to. */
    public record SentView(long emailId, String messageId, String to) {
    }
}
