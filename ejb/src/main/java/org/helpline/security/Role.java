package org.helpline.security;

/** What a member of staff does on the helpline. One person may hold several roles. */
public enum Role {
    /** Takes calls and other contacts, keeps cases and books follow-ups. */
    ADVISER(Roles.ADVISER),
    /** Oversees advisers' work, safeguarding alerts and quality. */
    SUPERVISOR(Roles.SUPERVISOR),
    /** Manages staff accounts and reference data. */
    ADMIN(Roles.ADMIN),
    /** Reads the monthly report; sees no caller's details. */
    MANAGER(Roles.MANAGER);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name Jakarta Security and {@code @RolesAllowed} know this role by. */
    public String roleName() {
        return roleName;
    }
}
