package org.helpline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * What a page keeps between requests (its view-scoped and session-scoped beans) must be Serializable all
 * the way down: on a cluster WildFly copies each session to the other servers after every request, and a
 * field it cannot write loses the session there. Injected fields must be proxies the container writes
 * itself (enterprise beans, normal-scoped beans).
 */
class SessionStateTest {

    @Test
    void everythingAPageKeepsCanBeCopiedToAnotherServer() throws Exception {
        List<Class<?>> kept = beans().stream()
                .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class))
                .toList();
        assertTrue(kept.size() > 10, "found the page beans: " + kept);
        Set<String> problems = new TreeSet<>();
        Set<Type> seen = new HashSet<>();
        Deque<Type> toCheck = new ArrayDeque<>(kept);
        while (!toCheck.isEmpty()) {
            Type type = toCheck.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (type instanceof ParameterizedType parameterized) {
                toCheck.add(parameterized.getRawType());
                toCheck.addAll(List.of(parameterized.getActualTypeArguments()));
                continue;
            }
            if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum()) {
                continue;
            }
            if (c.isArray()) {
                toCheck.add(c.getComponentType());
                continue;
            }
            if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
                problems.add(c.getName());
            }
            if (c.getName().startsWith("org.helpline.")) {
                for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                    for (Field field : k.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                            continue;
                        }
                        if (!field.isAnnotationPresent(Inject.class)) {
                            toCheck.add(field.getGenericType());
                        } else if (!writtenByTheContainer(field.getType())) {
                            problems.add(c.getSimpleName() + "." + field.getName() + " (injected " + field.getType().getName() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), problems, "kept by a page but not Serializable");
    }

    /**
     * An injected enterprise bean or normal-scoped bean is a proxy the container can write and find again
     * on another server; a request's FacesContext, say, is not (read it with getCurrentInstance()).
     */
    private static boolean writtenByTheContainer(Class<?> type) {
        if (type.getName().startsWith("jakarta.faces.") || type.getName().startsWith("jakarta.servlet.")) {
            return false;
        }
        return Stream.of(Stateless.class, Singleton.class, ApplicationScoped.class, RequestScoped.class,
                SessionScoped.class, ViewScoped.class).anyMatch(type::isAnnotationPresent)
                || !type.getName().startsWith("org.helpline.") && Serializable.class.isAssignableFrom(type);
    }

    private static List<Class<?>> beans() throws IOException, URISyntaxException {
        Path root = Path.of(SessionStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SessionStateTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
