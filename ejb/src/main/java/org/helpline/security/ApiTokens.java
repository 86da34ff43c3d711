package org.helpline.security;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;

/**
 * Tokens for integration users of the REST API. An admin issues one for a staff account (usually one
 * made for the integration), scoped to some of its roles, and sees the secret once; a request carrying it
 * as {@code Authorization: Bearer} then acts as that account with those roles ({@link SignIn#bearer}), through
 * the same services and permission checks as the pages.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@RequiresPermission(Permission.MANAGE_USERS)
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    /** The longest a token may last; integrations get a new one at least once a year. */
    public static final int MAX_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    StaffAdministration administration;

    /** A newly issued token and its secret, which is never shown again. */
    public record Issued(ApiToken token, String secret) {
    }

    public List<ApiToken> forAccount(long accountId) {
        return em.createQuery("select t from ApiToken t join fetch t.account a where a.id = :id order by t.createdAt desc, t.id desc",
                ApiToken.class).setParameter("id", accountId).getResultList();
    }

    public Issued issue(long accountId, String name, Set<Role> roles, Integer days) {
        UserAccount account = administration.get(accountId);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("tokenName", UserText.of("apiToken.name.required"));
        }
        if (name.strip().length() > 100) {
            throw new InvalidInputException("tokenName", UserText.of("apiToken.name.size"));
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("tokenRoles", UserText.of("apiToken.roles.required"));
        }
        if (!account.getRoles().containsAll(roles)) {
            Set<Role> extra = EnumSet.copyOf(roles);
            extra.removeAll(account.getRoles());
            throw new InvalidInputException("tokenRoles", UserText.of("apiToken.roles.beyondAccount",
                    account.getUsername(), extra.stream().map(Role::name).collect(Collectors.joining(" or "))));
        }
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("tokenDays", UserText.of("apiToken.days.range", MAX_DAYS));
        }
        if (!account.isEnabled()) {
            throw new InvalidInputException("tokenName", UserText.of("apiToken.account.disabled"));
        }
        Instant now = Instant.now();
        String secret = ApiToken.newSecret();
        ApiToken token = new ApiToken(account, name.strip(), secret, roles, now, staff.username(),
                now.plus(Duration.ofDays(days)));
        em.persist(token);
        LOG.info(() -> staff.username() + " issued the API token " + token.getSecretPrefix() + "… (" + token.getName()
                + ") to " + account.getUsername() + " with " + token.getRoles());
        return new Issued(token, secret);
    }

    public ApiToken revoke(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new NotFoundException(UserText.of("notFound.apiToken"));
        }
        token.revoke(Instant.now(), staff.username());
        LOG.info(() -> staff.username() + " revoked the API token " + token.getSecretPrefix() + "…");
        return token;
    }
}
