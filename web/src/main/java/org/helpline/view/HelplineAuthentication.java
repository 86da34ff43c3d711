package org.helpline.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpline.api.ApiGate;
import org.helpline.security.ApiTokenCredential;

/**
 * How anyone gets in. Staff sign in through the Faces page {@code login.xhtml} (a request for any other
 * page without a session is sent there, and resumed after signing in), and stay signed in by their
 * session, which gets a new id as they sign in. The REST API takes no session, only a bearer token, on every
 * request. Both credentials are checked by {@link org.helpline.security.HelplineIdentityStore}.
 */
@ApplicationScoped
@KeepsSessions
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
public class HelplineAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (ApiGate.isApi(request)) {
            String authorization = request.getHeader("Authorization");
            if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return context.doNothing();
            }
            CredentialValidationResult result = identityStores.validate(
                    new ApiTokenCredential(authorization.substring(BEARER.length()).strip()));
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                request.setAttribute(ApiGate.TOKEN_REFUSED, Boolean.TRUE);
                return context.doNothing();
            }
            request.setAttribute(ApiGate.TOKEN_CHECKED, Boolean.TRUE);
            return context.notifyContainerAboutLogin(result);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            // Before anything of the sign-in is kept in the session (by SessionSignIns, or by
            // @LoginToContinue on the way back to the page first asked for), a session from before gets a
            // new id, so that an id someone else knew is never signed in (session fixation).
            ExistingSession.renewId(request);
        }
        return context.notifyContainerAboutLogin(result);
    }
}
