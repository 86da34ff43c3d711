package org.helpline.shared.persistence;

import java.util.Locale;

import jakarta.persistence.EntityManager;

/** Stable codes for records admins create (services, organisations, articles), made from their names. */
public final class Codes {

    private static final int MAX = 50;

    private Codes() {
    }

    /**
     * A code for {@code name} that no {@code entity} (a JPA entity name with a {@code code} attribute) has
     * yet: its words in lower case joined by hyphens, then "-2", "-3"... if taken.
     */
    public static String unique(EntityManager em, String entity, String name, String fallback) {
        String base = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        base = base.length() > MAX ? base.substring(0, MAX).replaceAll("-$", "") : base;
        base = base.isEmpty() ? fallback : base;
        String code = base;
        for (int n = 2; em.createQuery("select count(x) from " + entity + " x where x.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0; n++) {
            code = base + "-" + n;
        }
        return code;
    }
}
