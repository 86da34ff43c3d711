package org.helpline.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * Refuses text no person types before a guarded service runs: NUL and the other control characters
 * (tabs and line breaks are fine) and unpaired UTF-16 surrogates, in any text argument or any text field
 * of a form passed in (and the forms inside it). PostgreSQL cannot store a NUL, and the rest are at
 * best noise and at worst a way to hide text from the people reading it; refusing them here, at the
 * field, means they never reach a half-finished transaction.
 */
@Interceptor
@RequiresPermission(Permission.VIEW_CALLER)
@Priority(Interceptor.Priority.PLATFORM_AFTER + 20)
public class TextInputCheck {

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object argument : invocation.getParameters()) {
            inspect(argument, "text", seen, 0);
        }
        return invocation.proceed();
    }

    private static void inspect(Object value, String field, Map<Object, Boolean> seen, int depth) throws IllegalAccessException {
        if (value == null || depth > 3 || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof CharSequence text) {
            refuseIfHostile(text, field);
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                inspect(item, field, seen, depth + 1);
            }
        } else {
            for (Field f : FIELDS.get(value.getClass())) {
                inspect(f.get(value), f.getName(), seen, depth + 1);
            }
        }
    }

    /**
     * The fields worth looking into of each class, worked out once per class: the instance fields that are not
     * primitive (and that reflection may read) of Helpline's own classes and their superclasses; none for
     * enums and everyone else's classes.
     */
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            if (!type.getName().startsWith("org.helpline.") || type.isEnum()) {
                return List.of();
            }
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive() && f.trySetAccessible()) {
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    static void refuseIfHostile(CharSequence text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
            boolean unpaired = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || unpaired) {
                throw new InvalidInputException(field, UserText.of("text.unusualCharacters"));
            }
        }
    }
}
