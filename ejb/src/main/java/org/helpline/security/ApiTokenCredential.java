package org.helpline.security;

import jakarta.security.enterprise.credential.Credential;

/** The bearer token of a REST API request, checked by {@link HelplineIdentityStore} through {@link ApiTokens}. */
public record ApiTokenCredential(String secret) implements Credential {

    @Override
    public String toString() {
        return "ApiTokenCredential[secret hidden]";
    }
}
