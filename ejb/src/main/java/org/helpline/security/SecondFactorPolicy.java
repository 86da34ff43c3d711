package org.helpline.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who must sign in with a code from an authenticator app. Anyone may choose to; with
 * {@code helpline.security.second-factor-required=true} supervisors and admins must, and set one up at their
 * next sign-in. They see safeguarding alerts and every caller, so a guessed password should not be enough.
 * The setting is read at each sign-in, so changing the system property takes effect without a restart.
 */
@ApplicationScoped
public class SecondFactorPolicy {

    @Inject
    @ConfigProperty(name = "helpline.security.second-factor-required", defaultValue = "false")
    Provider<Boolean> required;

    @Inject
    @ConfigProperty(name = "helpline.security.second-factor-issuer", defaultValue = "Helpline")
    String issuer;

    public boolean isRequiredFor(UserAccount account) {
        return Boolean.TRUE.equals(required.get()) && (account.hasRole(Role.SUPERVISOR) || account.hasRole(Role.ADMIN));
    }

    /** The name authenticator apps list the code under. */
    public String issuer() {
        return issuer;
    }
}
