package org.helpline.api.telephony;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.api.Problem;
import org.helpline.shared.UserText;
import org.helpline.telephony.CallEventMessage;
import org.helpline.telephony.Receipt;
import org.helpline.shared.InvalidInputException;
import org.helpline.telephony.Telephony;

/**
 * {@code POST /telephony/events}: the webhook a phone system sends each call event to. It carries no API
 * token; the HMAC signature over the timestamp and the body, as sent, is its credential, and
 * {@link Telephony#receive} checks it before anything in the body is read. A wrong body is 400; a wrong
 * signature, system or timestamp 401 ({@link org.helpline.api.Problems}).
 */
@Path("/telephony/events")
@Tag(name = "Telephony", description = "Call events from the phone system on the helpline's lines")
public class CallEventsResource {

    private static final String EXAMPLE = """
            {"eventId": "evt-000123", "callId": "call-000045", "type": "ANSWERED", "from": "+447700900123",
             "line": "0808 800 8000", "at": "2026-12-03T09:00:12Z", "agent": "2001"}""";

    /** What became of the event: {@code accepted}, or {@code duplicate} for an event id sent before. */
    @Schema(name = "EventReceipt")
    public record EventReceipt(@Schema(enumeration = {"accepted", "duplicate"}, example = "accepted") String status) {
    }

    /** A call event, as the phone system sends it (documentation of the body; the body is read as sent). */
    @Schema(name = "CallEvent", description = "One thing that happened to a call")
    public record CallEventBody(
            @Schema(required = true, description = "The phone system's id for this event; the same id again is a "
                    + "duplicate and changes nothing", example = "evt-000123") String eventId,
            @Schema(required = true, description = "The phone system's id for the call, the same on all its events",
                    example = "call-000045") String callId,
            @Schema(required = true, enumeration = {"RINGING", "ANSWERED", "ENDED", "MISSED", "ABANDONED", "VOICEMAIL"},
                    description = "Events may arrive in any order and are sorted out by their times") String type,
            @Schema(description = "The caller's number, in any usual form, or withheld", example = "+447700900123") String from,
            @Schema(description = "The helpline number dialled", example = "0808 800 8000") String line,
            @Schema(required = true, description = "When it happened, ISO 8601 with an offset", example = "2026-12-03T09:00:12Z") String at,
            @Schema(description = "ANSWERED only: the adviser's Helpline username or phone extension", example = "2001") String agent) {
    }

    @Inject
    Telephony telephony;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Receive a call event from a phone system",
            description = "Sign each event: X-Helpline-Signature is sha256= and the hex HMAC-SHA256, under the phone "
                    + "system's shared secret, of the X-Helpline-Timestamp value, a full stop and the body exactly as "
                    + "sent. An event sent more than 5 minutes from Helpline's clock is refused (401), and so is one whose at "
                    + "is more than 24 hours before or 5 minutes after it (400). Send an event again if it "
                    + "failed: one already received answers duplicate and changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CallEventBody.class),
            examples = @ExampleObject(name = "answered", summary = "An adviser on extension 2001 answers", value = EXAMPLE)))
    @APIResponse(responseCode = "202", description = "Taken in, or a duplicate of an event taken in before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventReceipt.class)))
    @APIResponse(responseCode = "400", description = "The body is not a valid event (a field of the wrong type, one an "
            + "event does not have, a time outside the window); errors names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Unknown or inactive phone system, a missing or wrong signature, "
            + "or a timestamp more than 5 minutes out",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response receive(
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The phone system's code in Helpline",
                    example = "demo-pbx") @HeaderParam("X-Helpline-Phone-System") String system,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "When the event was sent, in unix seconds",
                    example = "1796288412") @HeaderParam("X-Helpline-Timestamp") String timestamp,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "sha256=<hex HMAC-SHA256>")
                    @HeaderParam("X-Helpline-Signature") String signature,
            InputStream body) throws IOException {
        // Read no more than an event can be, so a huge body costs nothing; the service refuses the excess.
        byte[] sent = body == null ? new byte[0] : body.readNBytes(CallEventMessage.MAX_BODY * 4 + 1);
        if (sent.length > CallEventMessage.MAX_BODY * 4) {
            throw new InvalidInputException("body", UserText.of("callEvent.body.size", CallEventMessage.MAX_BODY));
        }
        Receipt receipt = telephony.receive(system, timestamp, signature, new String(sent, StandardCharsets.UTF_8));
        return Response.accepted(new EventReceipt(receipt.word())).type(MediaType.APPLICATION_JSON).build();
    }
}
