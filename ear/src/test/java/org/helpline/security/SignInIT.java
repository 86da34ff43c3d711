package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.helpline.testing.Database;
import org.helpline.testing.AsNobody;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Checking a username and password against the staff accounts in the database. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Inject
    SignIn signIn;

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AsNobody setup;

    @Inject
    Database db;

    @Test
    void theRightPasswordSignsInWithTheAccountsRoles() {
        SignIn.Challenge challenge = signIn.check("Supervisor", "supervisor-demo-2026".toCharArray()).orElseThrow();
        assertEquals(SignIn.Next.NOTHING, challenge.next(), "no second factor asked for");
        SignIn.Identity identity = signIn.complete(challenge.token(), null).orElseThrow();
        assertTrue(signIn.complete(challenge.token(), null).isEmpty(), "a challenge signs in once");
        assertEquals("supervisor", identity.username());
        assertEquals(Set.of("SUPERVISOR", "ADVISER"), identity.roleNames());
        assertEquals(1, db.count("select count(u) from UserAccount u where u.username = 'supervisor' "
                + "and u.lastSignInAt is not null"));
    }

    @Test
    void aWrongPasswordOrUnknownUserIsRefused() {
        assertTrue(signIn.check("adviser", "adviser-demo-2025".toCharArray()).isEmpty());
        assertTrue(signIn.check("nobody-here", "adviser-demo-2026".toCharArray()).isEmpty());
        assertTrue(signIn.check("", "".toCharArray()).isEmpty());
        assertTrue(signIn.check("adviser' or '1'='1", "x".toCharArray()).isEmpty());
    }

    @Test
    void aDisabledAccountIsRefused() {
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a-long-enough-password";
        setup.run(() -> {
            UserAccount leaver = new UserAccount(username, "Left the team", null,
                    hasher.hash(password.toCharArray()), EnumSet.of(Role.ADVISER), Instant.now());
            leaver.disable();
            accounts.add(leaver);
        });
        assertTrue(signIn.check(username, password.toCharArray()).isEmpty());
    }

    @Test
    void tenWrongPasswordsInARowLockTheAccountForAQuarterOfAnHour() {
        String username = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "the-right-password-2026";
        setup.run(() -> accounts.add(new UserAccount(username, "Often guessed", null,
                hasher.hash(password.toCharArray()), EnumSet.of(Role.ADVISER), Instant.now())));
        for (int i = 0; i < 9; i++) {
            assertTrue(signIn.check(username, ("guess-" + i).toCharArray()).isEmpty());
        }
        assertTrue(signIn.check(username, password.toCharArray()).isPresent(), "nine wrong, then right: no lock");
        for (int i = 0; i < 10; i++) {
            assertTrue(signIn.check(username, ("guess-" + i).toCharArray()).isEmpty());
        }
        assertTrue(signIn.check(username, password.toCharArray()).isEmpty(), "locked: even the right password fails");
        Instant lockedUntil = setup.call(() -> accounts.findByUsername(username).orElseThrow().getLockedUntil());
        long minutes = java.time.Duration.between(Instant.now(), lockedUntil).toMinutes();
        assertTrue(minutes >= 14 && minutes <= 15, "locked for 15 minutes, kept in the database: " + lockedUntil);

        db.update("update UserAccount u set u.lockedUntil = ?1 where u.username = ?2", Instant.now().minusSeconds(1),
                username);
        assertTrue(signIn.check(username, password.toCharArray()).isPresent(), "the lock runs out");
        assertEquals(null, setup.call(() -> accounts.findByUsername(username).orElseThrow().getLockedUntil()));
    }

    @Test
    void passwordsAreStoredAsPbkdf2Sha256With600000Iterations() {
        String stored = (String) db.nativeQuery("select password_hash from user_account where username = ?1",
                "adviser").get(0);
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:600000:"), "stored hash format");
        assertFalse(stored.contains("adviser-demo-2026"));
    }
}
