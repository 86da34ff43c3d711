package org.helpline.view;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

import org.helpline.security.Roles;

/**
 * Staff sign in through the Faces page {@code login.xhtml}; a request for any other page without a
 * session is redirected there and resumed after signing in. Credentials are checked by
 * {@link org.helpline.security.HelplineIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Roles.ADVISER, Roles.SUPERVISOR, Roles.ADMIN, Roles.MANAGER})
@ApplicationScoped
public class SecurityConfig {
}
