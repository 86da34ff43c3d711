package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsNobody;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A second factor at sign-in: set up, asked for, used once, counted towards the lock, reset by an admin,
 * and required of supervisors and admins when {@code helpline.security.second-factor-required} is on. The
 * setting is a system property read at each sign-in, so these tests, running inside the server, turn it on
 * and off as an operator would.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

    private static final String REQUIRED = "helpline.security.second-factor-required";
    private static final String PASSWORD = "kettle orbit tulip river";

    @Inject
    SignIn signIn;

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    HelplineIdentityStore store;

    @Inject
    StaffAdministration administration;

    @Inject
    AsNobody setup;

    @Inject
    AsAdmin admin;

    @Inject
    Database db;

    @Inject
    SecretsAtRest secrets;

    @AfterEach
    void notRequired() {
        System.clearProperty(REQUIRED);
    }

    private String newAccount(Role role) {
        String username = "tfa-" + UUID.randomUUID().toString().substring(0, 8);
        setup.run(() -> accounts.add(new UserAccount(username, "Two steps " + username, null,
                hasher.hash(PASSWORD.toCharArray()), EnumSet.of(role), Instant.now())));
        return username;
    }

    private static String codeNow(String secret, int stepsAhead) {
        return Totp.code(secret, Totp.stepAt(Instant.now()) + stepsAhead);
    }

    private String secretOf(String username) {
        return (String) db.nativeQuery("select totp_secret from user_account where username = ?1", username).get(0);
    }

    /** A second factor set up with the code of {@code step}: codes for that step and earlier are spent. */
    private record App(String secret, long step) {
        String code(int stepsAfter) {
            return Totp.code(secret, step + stepsAfter);
        }
    }

    /** Sets up a second factor the way a required one is: at the sign-in, from the secret it shows. */
    private App setUpAtSignIn(String username) {
        System.setProperty(REQUIRED, "true");
        SignIn.Challenge challenge = signIn.check(username, PASSWORD.toCharArray()).orElseThrow();
        assertEquals(SignIn.Next.SET_UP, challenge.next());
        long step = Totp.stepAt(Instant.now());
        assertTrue(signIn.complete(challenge.token(), Totp.code(challenge.newSecret(), step)).isPresent());
        System.clearProperty(REQUIRED);
        return new App(challenge.newSecret(), step);
    }

    @Test
    void whenRequiredASupervisorSetsUpASecondFactorAtSignIn() {
        String username = newAccount(Role.SUPERVISOR);
        System.setProperty(REQUIRED, "true");

        SignIn.Challenge challenge = signIn.check(username, PASSWORD.toCharArray()).orElseThrow();
        assertEquals(SignIn.Next.SET_UP, challenge.next());
        assertTrue(challenge.newSecret().matches("[A-Z2-7]{32}"), "a 160-bit Base32 secret");
        String pending = (String) db.nativeQuery("select totp_pending_secret from user_account where username = ?1",
                username).get(0);
        assertTrue(SecretCipher.isSealed(pending) && !pending.contains(challenge.newSecret()),
                "the secret being set up is kept encrypted too");
        assertTrue(challenge.keyUri().startsWith("otpauth://totp/Helpline:" + username + "?secret="
                + challenge.newSecret()), challenge.keyUri());
        assertTrue(signIn.complete(challenge.token(), null).isEmpty(), "no code, no sign-in");
        assertTrue(signIn.complete(challenge.token(), "000000".equals(codeNow(challenge.newSecret(), 0))
                ? "111111" : "000000").isEmpty(), "a wrong code");

        SignIn.Challenge again = signIn.pending(challenge.token()).orElseThrow();
        assertEquals(challenge.newSecret(), again.newSecret(), "the same secret is shown after a wrong code");
        SignIn.Identity identity = signIn.complete(challenge.token(), codeNow(challenge.newSecret(), 0)).orElseThrow();
        assertEquals(username, identity.username());
        assertTrue(SecretCipher.isSealed(secretOf(username)), "kept encrypted");
        assertFalse(secretOf(username).contains(challenge.newSecret()));
        assertEquals(challenge.newSecret(), secrets.cipher().open(secretOf(username), SecretCipher.TOTP));
        assertEquals(List.of(), db.nativeQuery("select totp_pending_secret from user_account where username = ?1 "
                + "and totp_pending_secret is not null", username));
        assertTrue(signIn.pending(challenge.token()).isEmpty(), "the challenge is closed");
    }

    @Test
    void aPlainSecretFromBeforeEncryptionIsEncryptedByTheStartUpPassAndStillSignsIn() {
        String username = newAccount(Role.SUPERVISOR);
        setUpAtSignIn(username);
        String plain = Totp.newSecret();
        // as an upgraded database holds it
        db.nativeUpdate("update user_account set totp_secret = ?1, totp_last_step = 0 where username = ?2",
                plain, username);
        long step = Totp.stepAt(Instant.now());
        SignIn.Challenge before = signIn.check(username, PASSWORD.toCharArray()).orElseThrow();
        assertTrue(signIn.complete(before.token(), Totp.code(plain, step)).isPresent(),
                "read as it is until the pass has run");

        assertTrue(secrets.reseal() >= 1);
        String stored = secretOf(username);
        assertTrue(stored.startsWith("enc:v1:" + secrets.cipher().currentKeyId() + ":"), "encrypted by the pass");
        assertFalse(stored.contains(plain));
        SignIn.Challenge after = signIn.check(username, PASSWORD.toCharArray()).orElseThrow();
        assertTrue(signIn.complete(after.token(), Totp.code(plain, step + 1)).isPresent(),
                "the same app's codes still work");
        assertEquals(0, secrets.reseal(), "nothing left to do: the pass is safe to repeat");
        assertEquals(stored, secretOf(username));
    }

    @Test
    void onceSetUpEverySignInAsksForAFreshCode() {
        String username = newAccount(Role.SUPERVISOR);
        App app = setUpAtSignIn(username);
        // Set up while required; the code is asked for even now it is not.
        SignIn.Challenge challenge = signIn.check(username, PASSWORD.toCharArray()).orElseThrow();
        assertEquals(SignIn.Next.CODE, challenge.next());
        assertNull(challenge.newSecret(), "the secret is never shown again");
        assertNull(challenge.keyUri());
        assertTrue(signIn.complete(challenge.token(), app.code(0)).isEmpty(), "the code used to set up is spent");
        assertTrue(signIn.complete(challenge.token(), app.code(10)).isEmpty(), "a code from minutes ahead");
        assertTrue(signIn.complete(challenge.token(), app.code(1)).isPresent(), "the next code");

        SignIn.Challenge next = signIn.check(username, PASSWORD.toCharArray()).orElseThrow();
        assertTrue(signIn.complete(next.token(), app.code(1)).isEmpty(), "no code works twice");
    }

    @Test
    void aPasswordAloneIsNotEnoughForTheIdentityStore() {
        String username = newAccount(Role.SUPERVISOR);
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED,
                store.validate(new UsernamePasswordCredential(username, PASSWORD)).getStatus());
        App app = setUpAtSignIn(username);
        SignIn.Challenge challenge = signIn.check(username, PASSWORD.toCharArray()).orElseThrow();
        assertEquals(CredentialValidationResult.Status.INVALID,
                store.validate(new SignInChallengeCredential(challenge.token(), null)).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID,
                store.validate(new SignInChallengeCredential("not-a-token", app.code(1))).getStatus());
        CredentialValidationResult valid = store.validate(new SignInChallengeCredential(challenge.token(),
                app.code(1)));
        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertEquals(username, valid.getCallerPrincipal().getName());
    }

    @Test
    void wrongCodesCountTowardsTheLockAndARightPasswordDoesNotClearThem() {
        String username = newAccount(Role.SUPERVISOR);
        App app = setUpAtSignIn(username);
        String wrong = app.code(20);
        for (int i = 0; i < 9; i++) {
            SignIn.Challenge challenge = signIn.check(username, PASSWORD.toCharArray()).orElseThrow();
            assertTrue(signIn.complete(challenge.token(), wrong).isEmpty());
        }
        SignIn.Challenge tenth = signIn.check(username, PASSWORD.toCharArray()).orElseThrow();
        assertTrue(signIn.complete(tenth.token(), wrong).isEmpty());
        assertTrue(signIn.pending(tenth.token()).isEmpty(), "locking closes the challenge");
        assertTrue(signIn.check(username, PASSWORD.toCharArray()).isEmpty(), "locked: the right password fails");
        Instant lockedUntil = setup.call(() -> accounts.findByUsername(username).orElseThrow().getLockedUntil());
        assertNotNull(lockedUntil);
    }

    @Test
    void aChallengeRunsOutAfterFiveMinutes() {
        String username = newAccount(Role.SUPERVISOR);
        App app = setUpAtSignIn(username);
        SignIn.Challenge challenge = signIn.check(username, PASSWORD.toCharArray()).orElseThrow();
        long minutes = java.time.Duration.between(Instant.now(), (Instant) db.nativeQuery(
                "select sign_in_challenge_until from user_account where username = ?1", username).stream()
                .map(SecondFactorIT::instant).findFirst().orElseThrow()).toMinutes();
        assertTrue(minutes >= 4 && minutes <= 5, "open for five minutes: " + minutes);
        db.update("update UserAccount u set u.signInChallengeUntil = ?1 where u.username = ?2",
                Instant.now().minusSeconds(1), username);
        assertTrue(signIn.complete(challenge.token(), app.code(1)).isEmpty());
        String stored = (String) db.nativeQuery("select sign_in_challenge from user_account where username = ?1",
                username).get(0);
        assertNull(stored, "a closed challenge is forgotten");
    }

    @Test
    void whenRequiredAnAdviserIsNotAskedAndASupervisorWithoutTheSettingIsNot() {
        System.setProperty(REQUIRED, "true");
        assertEquals(SignIn.Next.NOTHING,
                signIn.check(newAccount(Role.ADVISER), PASSWORD.toCharArray()).orElseThrow().next());
        assertEquals(SignIn.Next.NOTHING,
                signIn.check(newAccount(Role.MANAGER), PASSWORD.toCharArray()).orElseThrow().next());
        assertEquals(SignIn.Next.SET_UP,
                signIn.check(newAccount(Role.ADMIN), PASSWORD.toCharArray()).orElseThrow().next());
        System.clearProperty(REQUIRED);
        assertEquals(SignIn.Next.NOTHING,
                signIn.check(newAccount(Role.SUPERVISOR), PASSWORD.toCharArray()).orElseThrow().next());
    }

    @Test
    void anAdminResetsALostSecondFactorAndTheChangeIsAuditedButNotTheSecret() {
        String username = newAccount(Role.SUPERVISOR);
        App app = setUpAtSignIn(username);
        long id = setup.call(() -> accounts.findByUsername(username).orElseThrow().getId());

        admin.run(() -> {
            UserAccount account = administration.get(id);
            assertTrue(account.hasSecondFactor());
            administration.resetSecondFactor(id, account.getVersion());
        });
        assertNull(secretOf(username));
        assertEquals(SignIn.Next.NOTHING, signIn.check(username, PASSWORD.toCharArray()).orElseThrow().next());
        System.setProperty(REQUIRED, "true");
        SignIn.Challenge setUpAgain = signIn.check(username, PASSWORD.toCharArray()).orElseThrow();
        assertEquals(SignIn.Next.SET_UP, setUpAgain.next(), "required: a new one at the next sign-in");
        assertTrue(!app.secret().equals(setUpAgain.newSecret()), "a new secret");

        List<?> since = db.nativeQuery("select a.second_factor_since from user_account_aud a "
                + "where a.id = ?1 order by a.rev", id);
        assertTrue(since.stream().anyMatch(value -> value != null), "turned on, in the history: " + since);
        assertNull(since.get(since.size() - 1), "reset, in the history");
        assertEquals(0L, ((Number) db.nativeQuery("select count(*) from information_schema.columns "
                + "where lower(table_name) = 'user_account_aud' and (lower(column_name) like '%totp%' "
                + "or lower(column_name) like '%challenge%')").get(0)).longValue(), "no secret in the history");
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
