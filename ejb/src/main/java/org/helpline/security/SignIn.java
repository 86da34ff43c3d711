package org.helpline.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in, in two steps. {@link #check} takes a username and password and, when they are right, opens a
 * short-lived challenge; {@link #complete} closes it, with a code from the person's authenticator app
 * where they have a second factor (or must set one up, see {@link SecondFactorPolicy}), and signs them in.
 * Open to everyone, since nobody is signed in yet. An unknown user, a disabled or locked account and a
 * wrong password all answer the same, after the same amount of work. {@link #bearer} signs in each REST API
 * request by its token instead.
 * {@code helpline.security.lockout-attempts} wrong passwords or codes in a row (default 10) lock an account
 * for {@code helpline.security.lockout-duration} (default 15 minutes), even against the right ones.
 */
@Stateless
@PermitAll
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());
    private static final Duration CHALLENGE_LASTS = Duration.ofMinutes(5);

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecondFactorPolicy policy;

    @Inject
    SecretsAtRest secrets;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "helpline.security.lockout-attempts", defaultValue = "10")
    int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "helpline.security.lockout-duration", defaultValue = "PT15M")
    Duration lockoutDuration;

    /** The signed-in identity: a username and the role names it holds. */
    public record Identity(String username, Set<String> roleNames) {
    }

    /** What the second step asks for. */
    public enum Next {
        /** Nothing: the password was enough. */
        NOTHING,
        /** The code the person's authenticator app shows now. */
        CODE,
        /** Setting up an authenticator app from {@link Challenge#newSecret()}, then its code. */
        SET_UP
    }

    /**
     * A right password: the token the second step hands back to {@link #complete}, and what it asks for.
     * {@code newSecret} and {@code keyUri} are set only when a second factor is to be set up.
     */
    public record Challenge(String token, String username, Set<String> roleNames, Next next, String newSecret,
            String keyUri) {
    }

    public Optional<Challenge> check(String username, char[] password) {
        Optional<UserAccount> found = UsernamePolicy.tryNormalise(username)
                .flatMap(accounts::findByUsername)
                .filter(UserAccount::isEnabled);
        if (found.isEmpty()) {
            hasher.matchesNothing(password);
            LOG.info("Sign-in refused: unknown or disabled account");
            return Optional.empty();
        }
        // Locked for the rest of this transaction, so that guesses made at the same moment count one by one.
        UserAccount account = em.find(UserAccount.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        boolean matches = hasher.matches(password, account.getPasswordHash());
        if (account.isLockedAt(now)) {
            LOG.warning(() -> "Sign-in refused: " + account.getUsername() + " is locked until "
                    + account.getLockedUntil());
            return Optional.empty();
        }
        if (!matches) {
            countFailure(account, now, "wrong password");
            return Optional.empty();
        }
        Next next = nextFor(account);
        if (next == Next.NOTHING) {
            account.passwordAccepted();
        }
        String token = newToken();
        account.challenge(hash(token), now.plus(CHALLENGE_LASTS));
        return Optional.of(challengeOf(account, token, next));
    }

    /** The challenge a token opened, while it is open: for showing the second step again after a wrong code. */
    public Optional<Challenge> pending(String token) {
        Instant now = Instant.now();
        return byToken(token, LockModeType.NONE)
                .filter(account -> account.isEnabled() && account.isChallengeOpenAt(now) && !account.isLockedAt(now))
                .map(account -> challengeOf(account, token, nextFor(account)));
    }

    /**
     * Signs in the holder of an open challenge, with {@code code} from their app when one is asked for. A
     * wrong code counts as a wrong password does; the challenge stays open for another try until it runs
     * out (five minutes) or the account locks.
     */
    public Optional<Identity> complete(String token, String code) {
        Optional<UserAccount> found = byToken(token, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (found.isEmpty()) {
            LOG.info("Sign-in refused: no such challenge");
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!account.isEnabled() || !account.isChallengeOpenAt(now) || account.isLockedAt(now)) {
            account.closeChallenge();
            LOG.info(() -> "Sign-in refused: the challenge for " + account.getUsername() + " is closed");
            return Optional.empty();
        }
        Next next = nextFor(account);
        boolean right = switch (next) {
            case NOTHING -> true;
            case CODE -> account.acceptsCode(code, now, secrets.cipher());
            case SET_UP -> account.confirmSecondFactor(code, now, secrets.cipher());
        };
        if (!right) {
            if (countFailure(account, now, "wrong code")) {
                account.closeChallenge();
            }
            return Optional.empty();
        }
        if (next == Next.SET_UP) {
            LOG.info(() -> account.getUsername() + " set up a second factor while signing in");
        }
        account.closeChallenge();
        account.signedIn(now);
        return Optional.of(new Identity(account.getUsername(), roleNames(account)));
    }

    /**
     * Who a request carrying {@code secret} acts as, if the token is known and usable: its account's
     * username and the token's roles that the account still has. The secret is this method's credential,
     * so it needs no role (the identity store calls it before anyone is signed in).
     */
    public Optional<Identity> bearer(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.SECRET_START) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<ApiToken> found = em.createQuery("select t from ApiToken t join fetch t.account where t.secretHash = :hash",
                ApiToken.class).setParameter("hash", Secrets.sha256Hex(secret)).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().usableAt(now)) {
            LOG.info(() -> "API request refused: " + (found.isEmpty() ? "an unknown token"
                    : "the token " + found.get().getSecretPrefix() + "… is revoked, expired or its account disabled"));
            return Optional.empty();
        }
        ApiToken token = found.get();
        Set<Role> roles = token.effectiveRoles();
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        if (token.useWorthNotingAt(now)) {
            // A bulk update, which neither checks nor bumps the token's version: an integration's parallel
            // requests with one token never fail each other, and an admin revoking it meanwhile is not refused.
            em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id "
                    + "and (t.lastUsedAt is null or t.lastUsedAt < :since)")
                    .setParameter("now", now).setParameter("id", token.getId())
                    .setParameter("since", now.minus(ApiToken.USE_NOTED_EVERY)).executeUpdate();
        }
        return Optional.of(new Identity(token.getAccount().getUsername(),
                roles.stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet())));
    }

    private Next nextFor(UserAccount account) {
        if (account.hasSecondFactor()) {
            return Next.CODE;
        }
        return policy.isRequiredFor(account) ? Next.SET_UP : Next.NOTHING;
    }

    private Challenge challengeOf(UserAccount account, String token, Next next) {
        String secret = next == Next.SET_UP ? account.beginSecondFactor(secrets.cipher()) : null;
        return new Challenge(token, account.getUsername(), roleNames(account), next, secret,
                secret == null ? null : Totp.keyUri(policy.issuer(), account.getUsername(), secret));
    }

    /** Counts a wrong password or code; answers whether it locked the account. */
    private boolean countFailure(UserAccount account, Instant now, String what) {
        if (account.failedSignIn(now, lockoutAttempts, lockoutDuration)) {
            LOG.warning(() -> "Account " + account.getUsername() + " locked until " + account.getLockedUntil()
                    + " after " + lockoutAttempts + " wrong passwords or codes in a row");
            return true;
        }
        LOG.info(() -> "Sign-in refused: " + what + " for " + account.getUsername());
        return false;
    }

    private Optional<UserAccount> byToken(String token, LockModeType lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.signInChallenge = :hash", UserAccount.class)
                .setParameter("hash", hash(token)).setLockMode(lock).getResultStream().findFirst();
    }

    private static Set<String> roleNames(UserAccount account) {
        return account.getRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet());
    }

    private static String newToken() {
        return Secrets.newToken();
    }

    private static String hash(String token) {
        return Secrets.sha256Hex(token);
    }
}
