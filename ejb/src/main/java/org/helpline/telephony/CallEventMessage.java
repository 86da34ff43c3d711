package org.helpline.telephony;

import static org.helpline.shared.JsonValues.JSON;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.helpline.callers.PhoneNumber;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

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
            throw new InvalidInputException("body", UserText.of("callEvent.body.required"));
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("body", UserText.of("callEvent.body.size", MAX_BODY));
        }
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException notAnObject) {
            throw new InvalidInputException("body", UserText.of("callEvent.body.notObject"));
        }
        for (String name : json.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(name, UserText.of("callEvent.field.unknown", name));
            }
        }
        String eventId = required(json, "eventId", ID, UserText.of("callEvent.id.shape", "eventId"));
        String callId = required(json, "callId", ID, UserText.of("callEvent.id.shape", "callId"));
        CallEventType type = type(required(json, "type", Pattern.compile("[A-Za-z_]{1,20}"), typeRefused()));
        Instant at = instant(required(json, "at", Pattern.compile(".{1,40}"), UserText.of("callEvent.at.shape")));
        String from = optional(json, "from");
        boolean withheld = from != null && WITHHELD.equals(from.strip().toLowerCase(Locale.ROOT));
        String number = null;
        if (from != null && !withheld) {
            number = PhoneNumber.tryNormalise(from).orElseThrow(() -> new InvalidInputException("from",
                    UserText.of("callEvent.from.format")));
        }
        String line = optional(json, "line");
        if (line != null && !LINE.matcher(line).matches()) {
            throw new InvalidInputException("line", UserText.of("callEvent.line.format"));
        }
        String agent = optional(json, "agent");
        if (agent != null && !AGENT.matcher(agent).matches()) {
            throw new InvalidInputException("agent", UserText.of("callEvent.agent.format"));
        }
        if (type == CallEventType.ANSWERED && agent == null) {
            throw new InvalidInputException("agent", UserText.of("callEvent.agent.required"));
        }
        return new CallEventMessage(eventId, callId, type, number, withheld, line == null ? null : line.strip(), at,
                agent);
    }

    /** The field's text; refused when it is missing, and with {@code unlike} when it is not of its shape. */
    private static String required(JsonObject json, String field, Pattern shape, String unlike) {
        String value = optional(json, field);
        if (value == null) {
            throw new InvalidInputException(field, UserText.of("callEvent.field.missing", field));
        }
        if (!shape.matcher(value).matches()) {
            throw new InvalidInputException(field, unlike);
        }
        return value;
    }

    private static String optional(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(field, UserText.of("callEvent.field.notString", field));
        }
        String text = ((JsonString) value).getString().strip();
        return text.isEmpty() ? null : text;
    }

    private static CallEventType type(String value) {
        try {
            return CallEventType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("type", typeRefused());
        }
    }

    private static String typeRefused() {
        return UserText.of("callEvent.type.unknown", java.util.Arrays.toString(CallEventType.values()));
    }

    private static Instant instant(String value) {
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException wrong) {
            throw new InvalidInputException("at", UserText.of("callEvent.at.format"));
        }
    }
}
