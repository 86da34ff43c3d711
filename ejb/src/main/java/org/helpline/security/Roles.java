package org.helpline.security;

/** Role names as compile-time constants, for {@code @RolesAllowed}. They match {@link Role}. */
public final class Roles {

    public static final String ADVISER = "ADVISER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";

    private Roles() {
    }
}
