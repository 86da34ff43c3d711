package org.helpline.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, under {@code /helpline/api/v1}: the same services the pages call, so the same rules and
 * permission checks, for integrations that hold a token (see {@link ApiGate}). Errors are RFC 9457
 * problem details ({@link Problems}). WildFly describes it at {@code /openapi}; {@code api.xhtml} shows
 * that description to signed-in staff.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Helpline API", version = "1",
                description = "Callers, contacts, cases, follow-ups, referrals, the resource directory and the "
                        + "monthly report figures of the Helpline case-management system, and the webhook a phone "
                        + "system sends call events to. Every request but the webhook carries an API token that an "
                        + "admin issued to an integration user: Authorization: Bearer hlp_…. Lists are paged with "
                        + "page (from 1) and size (up to 100). A change to a record sends back the ETag it was read "
                        + "with as If-Match; if someone changed the record since, the answer is 412 and nothing is "
                        + "changed. Errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token from the admin's staff page (API tokens), scoped to some of its account's roles")
public class ApiApplication extends Application {
}
