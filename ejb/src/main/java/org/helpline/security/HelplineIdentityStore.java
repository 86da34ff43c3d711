package org.helpline.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The store Jakarta Security checks sign-ins against: staff accounts in the Helpline database. It takes
 * only the second step's credential, so there is no way in with a password alone where a code is asked for,
 * and the REST API's bearer tokens.
 */
@ApplicationScoped
public class HelplineIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof ApiTokenCredential token) {
            return signIn.bearer(token.secret())
                    .map(identity -> new CredentialValidationResult(identity.username(), identity.roleNames()))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (!(credential instanceof SignInChallengeCredential challenge)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return signIn.complete(challenge.token(), challenge.code())
                .map(identity -> new CredentialValidationResult(identity.username(), identity.roleNames()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
