package org.helpline.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * What the second sign-in step hands Jakarta Security: the token {@link SignIn#check} gave for a right
 * password, and the code from the person's authenticator app (none when no code is asked for).
 */
public record SignInChallengeCredential(String token, String code) implements Credential {
}
