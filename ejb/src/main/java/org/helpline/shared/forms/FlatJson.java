package org.helpline.shared.forms;

import static org.helpline.shared.JsonValues.JSON;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.config.PropertyOrderStrategy;

/**
 * A form of {@link Flattened} parts as one flat JSON object, and back. Every field of the form and its parts
 * is written, derived from the classes themselves (no list of fields to keep), in name order with no nulls, so
 * the same form always gives the same text. Reading is strict for the API (an unknown or unreadable member
 * is an error) or lenient for a draft kept before the form changed: then what no longer fits is dropped and
 * named.
 */
public final class FlatJson {

    /** Written and read once per type: a Jsonb is costly to make and safe to share. */
    private static final Jsonb PLAIN = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    private static final Map<Class<?>, Map<String, Member>> LAYOUTS = new ConcurrentHashMap<>();

    /** Where one JSON member lives: a field of the form, or a field of one of its flattened parts. */
    private record Member(Field field, Field part) {
    }

    /** What was read, and the members dropped because they no longer fit (only when reading leniently). */
    public record Read<T>(T value, List<String> dropped) {
    }

    private FlatJson() {
    }

    public static JsonObject toJson(Object form) {
        Map<String, JsonValue> members = new TreeMap<>();
        for (Field field : fields(form.getClass())) {
            Object value = get(field, form);
            if (value == null) {
                continue;
            }
            if (field.isAnnotationPresent(Flattened.class)) {
                members.putAll(parse(PLAIN.toJson(value)).asJsonObject());
            } else {
                members.put(field.getName(), parse(PLAIN.toJson(value)));
            }
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        members.forEach(json::add);
        return json.build();
    }

    /** Reads a form the API sent: anything that is not one of its fields, or does not read as one, is refused. */
    public static <T> T fromJson(JsonObject json, Class<T> type) {
        return read(json, type, false).value();
    }

    /** Reads a kept draft: what no longer fits the form is dropped and named, the rest restored. */
    public static <T> Read<T> fromDraft(JsonObject json, Class<T> type) {
        return read(json, type, true);
    }

    /** The JSON name of a field named by its path in the Java form ({@code contact.summary} is {@code summary}). */
    public static String jsonName(Class<?> formType, String javaPath) {
        int dot = javaPath.indexOf('.');
        String first = dot < 0 ? javaPath : javaPath.substring(0, dot);
        for (Field field : fields(formType)) {
            if (field.getName().equals(first) && field.isAnnotationPresent(Flattened.class)) {
                return dot < 0 ? javaPath : javaPath.substring(dot + 1);
            }
        }
        return javaPath;
    }

    /** The JSON members of a form and the Java type of each, in the order the classes declare them. */
    public static Map<String, Type> memberTypes(Class<?> formType) {
        Map<String, Type> types = new LinkedHashMap<>();
        layout(formType).forEach((name, member) -> types.put(name, member.field().getGenericType()));
        return types;
    }

    private static <T> Read<T> read(JsonObject json, Class<T> type, boolean lenient) {
        Map<String, Member> layout = layout(type);
        T form = create(type);
        List<String> dropped = new ArrayList<>();
        Map<Field, JsonObjectBuilder> parts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> member : json.entrySet()) {
            Member where = layout.get(member.getKey());
            if (where == null) {
                if (!lenient) {
                    throw new JsonbException(member.getKey() + " is not a field of this form");
                }
                dropped.add(member.getKey());
            } else if (where.part() != null) {
                parts.computeIfAbsent(where.part(), p -> JSON.createObjectBuilder()).add(member.getKey(), member.getValue());
            } else if (member.getValue().getValueType() != JsonValue.ValueType.NULL) {
                // null is "not given": the form's own default stays
                Field field = where.field();
                try {
                    set(field, form, readValue(member.getValue(), field, lenient, dropped));
                } catch (JsonbException unreadable) {
                    if (!lenient) {
                        throw unreadable;
                    }
                    dropped.add(member.getKey());
                }
            }
        }
        parts.forEach((part, members) -> set(part, form, readPart(members.build(), part.getType(), lenient, dropped)));
        return new Read<>(form, List.copyOf(dropped));
    }

    private static Object readValue(JsonValue value, Field field, boolean lenient, List<String> dropped) {
        if (lenient && value.getValueType() == JsonValue.ValueType.OBJECT && field.getType().getName().startsWith("org.helpline.")) {
            Read<?> nested = read(value.asJsonObject(), field.getType(), true);
            nested.dropped().forEach(name -> dropped.add(field.getName() + "." + name));
            return nested.value();
        }
        return PLAIN.fromJson(value.toString(), (Type) field.getGenericType());
    }

    /** A part from its members; leniently, each member that does not read is found and left out. */
    private static Object readPart(JsonObject members, Class<?> partType, boolean lenient, List<String> dropped) {
        try {
            return PLAIN.fromJson(members.toString(), partType);
        } catch (JsonbException unreadable) {
            if (!lenient) {
                throw unreadable;
            }
        }
        JsonObjectBuilder fits = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : members.entrySet()) {
            try {
                PLAIN.fromJson(JSON.createObjectBuilder().add(member.getKey(), member.getValue()).build().toString(), partType);
                fits.add(member.getKey(), member.getValue());
            } catch (JsonbException doesNotFit) {
                dropped.add(member.getKey());
            }
        }
        return PLAIN.fromJson(fits.build().toString(), partType);
    }

    private static Map<String, Member> layout(Class<?> type) {
        return LAYOUTS.computeIfAbsent(type, t -> {
            Map<String, Member> layout = new LinkedHashMap<>();
            for (Field field : fields(t)) {
                if (field.isAnnotationPresent(Flattened.class)) {
                    for (Field inPart : fields(field.getType())) {
                        if (layout.put(inPart.getName(), new Member(inPart, field)) != null) {
                            throw new IllegalStateException(inPart.getName() + " is in two parts of " + t.getSimpleName());
                        }
                    }
                } else {
                    layout.put(field.getName(), new Member(field, null));
                }
            }
            return layout;
        });
    }

    /**
     * The fields JSON-B sees, a superclass's first: instance fields that are neither transient nor marked
     * {@link JsonbTransient}.
     */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = type.getSuperclass() == null || type.getSuperclass() == Object.class ? new ArrayList<>()
                : fields(type.getSuperclass());
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                    && !field.isAnnotationPresent(JsonbTransient.class)) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static <T> T create(Class<T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(type.getSimpleName() + " needs a constructor without arguments", e);
        }
    }

    private static Object get(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field field, Object owner, Object value) {
        try {
            field.set(owner, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
