package org.helpline.view;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

import org.helpline.security.Roles;

/** The roles the web module knows; {@link HelplineAuthentication} signs people in. */
@DeclareRoles({Roles.ADVISER, Roles.SUPERVISOR, Roles.ADMIN, Roles.MANAGER})
@ApplicationScoped
public class SecurityConfig {
}
