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
 * Checks a username and password. Open to everyone, since nobody is signed in yet; an unknown user, a
 * disabled or locked account and a wrong password all answer the same, after the same amount of work.
 * {@code helpline.security.lockout-attempts} wrong passwords in a row (default 10) lock an account for
 * {@code helpline.security.lockout-duration} (default 15 minutes), even against the right password.
 */
@Stateless
@PermitAll
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

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

    public Optional<Identity> check(String username, char[] password) {
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
            if (account.failedSignIn(now, lockoutAttempts, lockoutDuration)) {
                LOG.warning(() -> "Account " + account.getUsername() + " locked until " + account.getLockedUntil()
                        + " after " + lockoutAttempts + " wrong passwords in a row");
            } else {
                LOG.info(() -> "Sign-in refused: wrong password for " + account.getUsername());
            }
            return Optional.empty();
        }
        account.signedIn(now);
        return Optional.of(new Identity(account.getUsername(),
                account.getRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet())));
    }
}
