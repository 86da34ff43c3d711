package org.helpline.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Checks a username and password. Open to everyone, since nobody is signed in yet; an unknown user, a
 * disabled account and a wrong password all answer the same, after the same amount of work.
 */
@Stateless
@PermitAll
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

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
        UserAccount account = found.get();
        if (!hasher.matches(password, account.getPasswordHash())) {
            LOG.info(() -> "Sign-in refused: wrong password for " + account.getUsername());
            return Optional.empty();
        }
        account.signedIn(Instant.now());
        return Optional.of(new Identity(account.getUsername(),
                account.getRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet())));
    }
}
