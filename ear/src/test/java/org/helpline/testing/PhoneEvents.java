package org.helpline.testing;

import java.time.Instant;
import java.util.UUID;

import org.helpline.telephony.Signatures;

/**
 * Events as the demo phone system sends them, signed with its secret, for tests to send straight to the
 * service or over HTTP to the webhook, as the phone simulator does.
 */
public final class PhoneEvents {

    public static final String SYSTEM = "demo-pbx";
    public static final String SECRET = "demo-phone-secret-change-me";
    public static final String INFO_LINE = "0808 800 8000";


    private PhoneEvents() {
    }

    /** An id no earlier test run has used, for a call or an event. */
    public static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** An event's JSON; {@code from} and {@code agent} may be null to leave them out. */
    public static String json(String eventId, String callId, String type, String from, String line, Instant at,
            String agent) {
        StringBuilder json = new StringBuilder("{\"eventId\":\"").append(eventId).append("\",\"callId\":\"")
                .append(callId).append("\",\"type\":\"").append(type).append('"');
        if (from != null) {
            json.append(",\"from\":\"").append(from).append('"');
        }
        if (line != null) {
            json.append(",\"line\":\"").append(line).append('"');
        }
        json.append(",\"at\":\"").append(at).append('"');
        if (agent != null) {
            json.append(",\"agent\":\"").append(agent).append('"');
        }
        return json.append('}').toString();
    }

    /** An event of a new id for {@code callId} on the information line, happening now. */
    public static String event(String callId, String type, String from, String agent) {
        return json(id("ev"), callId, type, from, INFO_LINE, Instant.now(), agent);
    }

    /** The timestamp header for now. */
    public static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    public static String sign(String timestamp, String body) {
        return Signatures.sign(SECRET, timestamp, body);
    }

    /** The webhook's answer: its status and body. */
    public record Answer(int status, String body) {
    }

    /** Posts {@code body} signed now to the test server's webhook, as the demo phone system. */
    public static Answer post(String body) {
        String timestamp = now();
        return post(SYSTEM, timestamp, sign(timestamp, body), body);
    }

    /** Posts with the headers given; a null header is left out. */
    public static Answer post(String system, String timestamp, String signature, String body) {
        ApiClient.Reply reply = new ApiClient(null).send("POST", "/telephony/events", body, "application/json",
                "X-Helpline-Phone-System", system, "X-Helpline-Timestamp", timestamp, "X-Helpline-Signature", signature);
        return new Answer(reply.status(), reply.body());
    }
}
