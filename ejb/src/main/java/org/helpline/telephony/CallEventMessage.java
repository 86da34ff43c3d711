package org.helpline.telephony;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.helpline.callers.PhoneNumber;
import org.helpline.shared.InvalidInputException;

/**
 * One event as a phone system sends it, read from its JSON and checked field by field:
 * {@code {"eventId", "callId", "type", "from", "line", "at", "agent"}}. {@code from} is a number in any
 * usual form or {@code withheld}; {@code agent}, the adviser's username or extension, comes with ANSWERED.
 *
 * @param callerNumber the caller's number in E.164 form; null when withheld or not said
 * @param withheld whether the caller withheld their number
 */
public record CallEventMessage(String eventId, String callId, CallEventType type, String callerNumber,
        boolean withheld, String line, Instant at, String agent) {

    /** The longest body read; an event is a few hundred bytes. */
    public static final int MAX_BODY = 8 * 1024;

    static final String WITHHELD = "withheld";

    /** The fields an event may have; any other is refused, as every JSON body of the API refuses one. */
    private static final java.util.Set<String> FIELDS = java.util.Set.of("eventId", "callId", "type", "from", "line", "at",
            "agent");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@\\-]{1,120}");
    private static final Pattern LINE = Pattern.compile("[0-9 +]{3,40}");
    private static final Pattern AGENT = Pattern.compile("[A-Za-z0-9._@\\-]{1,60}");

    /** Reads and checks an event; anything wrong is refused at the field it concerns. */
    public static CallEventMessage parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "The event has no body");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("body", "The event is longer than " + MAX_BODY + " characters");
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException notAnObject) {
            throw new InvalidInputException("body", "The event is not a JSON object");
        }
        for (String name : json.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(name, name + " is not a field of a call event");
            }
        }
        String eventId = required(json, "eventId", ID, "an id of letters, digits and . _ : @ -, up to 120");
        String callId = required(json, "callId", ID, "an id of letters, digits and . _ : @ -, up to 120");
        CallEventType type = type(required(json, "type", Pattern.compile("[A-Za-z_]{1,20}"), "one of "
                + java.util.Arrays.toString(CallEventType.values())));
        Instant at = instant(required(json, "at", Pattern.compile(".{1,40}"), "a time such as 2026-12-03T09:00:00Z"));
        String from = optional(json, "from");
        boolean withheld = from != null && WITHHELD.equals(from.strip().toLowerCase(Locale.ROOT));
        String number = null;
        if (from != null && !withheld) {
            number = PhoneNumber.tryNormalise(from).orElseThrow(() -> new InvalidInputException("from",
                    "from is a phone number such as +447700900123, or withheld"));
        }
        String line = optional(json, "line");
        if (line != null && !LINE.matcher(line).matches()) {
            throw new InvalidInputException("line", "line is the number dialled, such as 0808 800 8000");
        }
        String agent = optional(json, "agent");
        if (agent != null && !AGENT.matcher(agent).matches()) {
            throw new InvalidInputException("agent", "agent is the adviser's username or extension");
        }
        if (type == CallEventType.ANSWERED && agent == null) {
            throw new InvalidInputException("agent", "An ANSWERED event names the agent who answered");
        }
        return new CallEventMessage(eventId, callId, type, number, withheld, line == null ? null : line.strip(), at,
                agent);
    }

    private static String required(JsonObject json, String field, Pattern shape, String expected) {
        String value = optional(json, field);
        if (value == null) {
            throw new InvalidInputException(field, "The event has no " + field);
        }
        if (!shape.matcher(value).matches()) {
            throw new InvalidInputException(field, field + " should be " + expected);
        }
        return value;
    }

    private static String optional(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(field, field + " should be a string");
        }
        String text = ((JsonString) value).getString().strip();
        return text.isEmpty() ? null : text;
    }

    private static CallEventType type(String value) {
        try {
            return CallEventType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("type", "type should be one of "
                    + java.util.Arrays.toString(CallEventType.values()));
        }
    }

    private static Instant instant(String value) {
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException wrong) {
            throw new InvalidInputException("at", "at should be a time with its offset, such as 2026-12-03T09:00:00Z");
        }
    }
}
