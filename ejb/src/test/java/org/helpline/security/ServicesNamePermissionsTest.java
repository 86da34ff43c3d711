package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;

import org.junit.jupiter.api.Test;

/**
 * Every public method of every service that touches callers' data names the permission it needs, so the
 * permission model is checked on every call whichever front end makes it.
 */
class ServicesNamePermissionsTest {

    /** Packages whose services hold or show callers' data, staff accounts or the audit trail. */
    private static final Set<String> GUARDED = Set.of("callers", "calls", "cases", "followups", "referrals",
            "safeguarding", "supervision", "reporting", "reporting.export", "audit", "privacy", "telephony", "email");

    /**
     * Methods open to any role their service allows: writing to the access log itself, and reference lists;
     * and the phone system's events, which come from no member of staff: their HMAC signature, checked
     * before anything is read, is their credential; and the record-access check the API makes before reading a
     * request (RecordChecks), which says only "not found" of what the user may not touch, and is followed by the
     * call of the service that names its permission; and the mailbox reader's steps.
     */
    private static final Set<String> OPEN = Set.of("AccessLog.viewed", "AccessLog.listed", "AccessLog.exported", "AccessLog.erased", "AccessLog.refused",
            "ContactOptions.lines", "ContactOptions.channels", "ContactOptions.callerTypes", "ContactOptions.outcomes",
            "Telephony.receive", "RecordChecks.reachable",
            // The mailbox reader's own steps, each in a transaction of its own, run by the schedule as the system
            // (EmailIntake's @RunAs), from no page or endpoint; every email it files is then read through EmailQueue.
            "EmailFiling.file", "EmailFiling.isFiled", "EmailAcknowledgements.acknowledge");

    @Test
    void everyPublicServiceMethodNamesItsPermission() throws IOException {
        List<String> unguarded = new ArrayList<>();
        int checked = 0;
        for (Class<?> service : services()) {
            String pkg = service.getPackageName().replaceFirst("^org\\.helpline\\.", "");
            boolean guarded = GUARDED.contains(pkg) || service == StaffAdministration.class
                    || service.getSimpleName().equals("ServiceCatalogue");
            if (!guarded) {
                continue;
            }
            for (Method m : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isAnnotationPresent(Schedule.class)
                        || OPEN.contains(service.getSimpleName() + "." + m.getName())) {
                    continue;
                }
                checked++;
                if (!m.isAnnotationPresent(RequiresPermission.class) && !service.isAnnotationPresent(RequiresPermission.class)) {
                    unguarded.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertTrue(checked > 40, "methods checked: " + checked);
        assertEquals(List.of(), unguarded);
    }

    private static List<Class<?>> services() throws IOException {
        Path classes = Paths.get("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.endsWith("package-info") || name.contains("$")) {
                    continue;
                }
                try {
                    Class<?> c = Class.forName(name, false, ServicesNamePermissionsTest.class.getClassLoader());
                    if (c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)) {
                        found.add(c);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return found;
    }
}
