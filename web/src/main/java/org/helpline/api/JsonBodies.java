package org.helpline.api;

import static org.helpline.shared.JsonValues.JSON;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import org.helpline.shared.UserText;
import org.helpline.shared.forms.Flattened;

/**
 * Reads every JSON body of the API strictly, before it is bound to its record or form: each member must be
 * a property of the body's type, of that property's JSON type, and in its range. Anything else is 422 with
 * every field at fault named in the problem's {@code errors} ({@code followUp.dueFrom}, {@code topics[1]}),
 * and nothing reaches a service. JSON-B alone cannot do this: Yasson reads {@code "yes"} as {@code false}
 * for a boolean and cuts {@code 4294967356} and {@code 1.5} down to an {@code int} without a word, and its
 * messages do not name the field. Duplicate member names are refused as not JSON (I-JSON, RFC 7493).
 * <p>
 * A JSON {@code null} is refused where the property cannot hold one (a {@code boolean}); elsewhere it is
 * "not given", and the service says whether the field is needed, as it does for the pages.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodies implements MessageBodyReader<Object> {

    /** Created once: a Jsonb is costly to make and safe to share. */
    private static final Jsonb JSONB = OneJsonb.JSONB;

    private static final JsonReaderFactory READERS = JSON.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    /** Each body type's properties, by JSON name, with their types: worked out once per type. */
    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

    /** What a string must parse as, for the date and time types the bodies use. */
    private static final Map<Class<?>, Function<String, Object>> TEMPORALS = Map.of(
            Instant.class, Instant::parse, LocalDate.class, LocalDate::parse, LocalDateTime.class, LocalDateTime::parse,
            LocalTime.class, LocalTime::parse, OffsetDateTime.class, OffsetDateTime::parse, YearMonth.class, YearMonth::parse);

    private static final Map<Class<?>, String> TEMPORAL_EXAMPLES = Map.of(
            Instant.class, "2026-12-03T09:00:00Z", LocalDate.class, "2026-12-03", LocalDateTime.class, "2026-12-03T09:00:00",
            LocalTime.class, "09:00:00", OffsetDateTime.class, "2026-12-03T09:00:00Z", YearMonth.class, "2026-12");

    /** The whole-number types and their ranges. */
    private static final Map<Class<?>, long[]> WHOLE = Map.of(
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE}, Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE}, Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

    @Context
    UriInfo uri;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        // The API's own bodies; streams and strings (the phone events' webhook) are read as sent.
        return type.getName().startsWith("org.helpline.") && !type.isEnum();
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] sent = body.readAllBytes();
        if (new String(sent, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        JsonValue json;
        try {
            json = parse(sent);
        } catch (JsonParsingException notJson) {
            throw notJson;
        } catch (JsonException duplicate) {
            throw new WebApplicationException(Problems.problem(400, "not-json", UserText.of("api.notJson.title"),
                    UserText.of("api.notJson.detail", duplicate.getMessage()), Problems.pathOf(uri), null));
        }
        List<Problem.FieldError> errors = check(json, genericType);
        if (!errors.isEmpty()) {
            throw new WebApplicationException(Problems.problem(422, "wrong-shape", UserText.of("api.wrongShape.title"),
                    UserText.of("api.wrongShape.fields", errors.stream().map(Problem.FieldError::message)
                            .collect(Collectors.joining("; "))), Problems.pathOf(uri), errors));
        }
        return bind(json, genericType);
    }

    /** The JSON sent; a name twice in one object is refused (a {@link JsonException}), as I-JSON asks. */
    static JsonValue parse(byte[] sent) {
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(sent), StandardCharsets.UTF_8)) {
            return reader.readValue();
        }
    }

    /** A body that {@link #check passed} bound to its type, by the one shared Jsonb. */
    static Object bind(JsonValue json, Type type) {
        return JSONB.fromJson(json.toString(), type);
    }

    /** What is wrong with {@code json} as a body of {@code type}: each field at fault, or nothing. */
    public static List<Problem.FieldError> check(JsonValue json, Type type) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(new Problem.FieldError("body", UserText.of("api.json.body.object")));
        } else {
            check(json, type, "", errors);
        }
        return errors;
    }

    private static void check(JsonValue value, Type type, String field, List<Problem.FieldError> errors) {
        Class<?> raw = raw(type);
        JsonValue.ValueType kind = value.getValueType();
        if (kind == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new Problem.FieldError(field, UserText.of("api.json.null", field)));
            }
            return;
        }
        if (raw == String.class || raw == Character.class || raw == char.class) {
            expect(kind == JsonValue.ValueType.STRING, field, () -> UserText.of("api.json.string", field), errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE, field,
                    () -> UserText.of("api.json.boolean", field), errors);
        } else if (WHOLE.containsKey(raw)) {
            whole(value, raw, field, errors);
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            expect(kind == JsonValue.ValueType.NUMBER, field, () -> UserText.of("api.json.number", field), errors);
        } else if (raw.isEnum()) {
            String[] names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray(String[]::new);
            expect(kind == JsonValue.ValueType.STRING && Arrays.asList(names).contains(((JsonString) value).getString()),
                    field, () -> UserText.of("api.json.choice", field, String.join(", ", names)), errors);
        } else if (TEMPORALS.containsKey(raw)) {
            temporal(value, raw, field, errors);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (expect(kind == JsonValue.ValueType.ARRAY, field, () -> UserText.of("api.json.list", field), errors)) {
                Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0);
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), element, field + "[" + i + "]", errors);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(kind == JsonValue.ValueType.OBJECT, field, () -> UserText.of("api.json.object", field), errors);
        } else if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        } else if (expect(kind == JsonValue.ValueType.OBJECT, field, () -> UserText.of("api.json.object", field), errors)) {
            Map<String, Type> properties = PROPERTIES.computeIfAbsent(raw, JsonBodies::propertiesOf);
            for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
                String name = field.isEmpty() ? member.getKey() : field + "." + member.getKey();
                Type property = properties.get(member.getKey());
                if (property == null) {
                    errors.add(new Problem.FieldError(name, UserText.of("api.json.unknown", name)));
                } else {
                    check(member.getValue(), property, name, errors);
                }
            }
        }
    }

    private static void whole(JsonValue value, Class<?> raw, String field, List<Problem.FieldError> errors) {
        if (!expect(value.getValueType() == JsonValue.ValueType.NUMBER, field, () -> UserText.of("api.json.whole", field),
                errors)) {
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            errors.add(new Problem.FieldError(field, UserText.of("api.json.whole.not", field, number.toPlainString())));
            return;
        }
        long[] range = WHOLE.get(raw);
        BigInteger whole = number.toBigIntegerExact();
        if (whole.compareTo(BigInteger.valueOf(range[0])) < 0 || whole.compareTo(BigInteger.valueOf(range[1])) > 0) {
            errors.add(new Problem.FieldError(field, UserText.of("api.json.whole.range", field, range[0], range[1])));
        }
    }

    private static void temporal(JsonValue value, Class<?> raw, String field, List<Problem.FieldError> errors) {
        String example = TEMPORAL_EXAMPLES.get(raw);
        if (!expect(value.getValueType() == JsonValue.ValueType.STRING, field,
                () -> UserText.of("api.json.temporal.string", field, example), errors)) {
            return;
        }
        try {
            TEMPORALS.get(raw).apply(((JsonString) value).getString());
        } catch (DateTimeParseException wrong) {
            errors.add(new Problem.FieldError(field, UserText.of("api.json.temporal.format", field, example)));
        }
    }

    /** Whether {@code right}; if not, {@code field} is refused with the message {@code wrong} gives. */
    private static boolean expect(boolean right, String field, Supplier<String> wrong, List<Problem.FieldError> errors) {
        if (!right) {
            errors.add(new Problem.FieldError(field, wrong.get()));
        }
        return right;
    }

    /**
     * The JSON properties JSON-B binds for {@code type}: a record's components, otherwise its setters and
     * public fields, less those marked {@link JsonbTransient}.
     */
    private static Map<String, Type> propertiesOf(Class<?> type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.put(component.getName(), component.getGenericType());
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers())
                        && !f.isAnnotationPresent(JsonbTransient.class)) {
                    properties.putIfAbsent(f.getName(), f.getGenericType());
                }
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getName().length() > 3 && m.getName().startsWith("set") && m.getParameterCount() == 1
                    && !Modifier.isStatic(m.getModifiers()) && !m.isAnnotationPresent(JsonbTransient.class)) {
                String name = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
                if (flattened(type, name)) {
                    // a part whose fields sit beside the form's own (FlatJson)
                    propertiesOf(m.getParameterTypes()[0]).forEach(properties::putIfAbsent);
                } else if (!transientField(type, name)) {
                    properties.putIfAbsent(name, m.getGenericParameterTypes()[0]);
                }
            }
        }
        return properties;
    }

    private static boolean flattened(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).isAnnotationPresent(Flattened.class);
        } catch (NoSuchFieldException notAField) {
            return false;
        }
    }

    private static boolean transientField(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name).isAnnotationPresent(JsonbTransient.class);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        return false;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
