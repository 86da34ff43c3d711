package org.helpline.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The store Jakarta Security checks sign-ins against: staff accounts in the Helpline database. */
@ApplicationScoped
public class HelplineIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return signIn.check(credential.getCaller(), credential.getPassword().getValue())
                .map(identity -> new CredentialValidationResult(identity.username(), identity.roleNames()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
