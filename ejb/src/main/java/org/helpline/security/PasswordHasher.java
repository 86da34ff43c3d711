package org.helpline.security;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Hashes staff passwords with PBKDF2-HMAC-SHA256 at 600,000 iterations (OWASP's 2023 figure; Jakarta
 * Security's default of 2,048 is far too low). Each hash records its own parameters, so raising the
 * count later still verifies older hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when a username is unknown, so that a miss takes as long as a hit. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /** Spends the same effort as {@link #matches} and answers false. */
    public boolean matchesNothing(char[] password) {
        if (decoy == null) {
            decoy = hash("decoy password for unknown users".toCharArray());
        }
        pbkdf2.verify(password, decoy);
        return false;
    }
}
