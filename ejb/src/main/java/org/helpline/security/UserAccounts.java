package org.helpline.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;

/** Staff accounts in the database. */
@Dependent
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public Optional<UserAccount> findByUsername(String username) {
        // By natural id: the second-level cache knows each username's id, so this is a read by primary key
        // (no query, nor the flush a query inside a transaction has Hibernate check for first).
        return username == null ? Optional.empty()
                : Optional.ofNullable(em.unwrap(Session.class).bySimpleNaturalId(UserAccount.class).load(username));
    }

    /** The account of a signed-in user, who must exist. */
    public UserAccount require(String username) {
        return findByUsername(username)
                .orElseThrow(() -> new NotFoundException(UserText.of("notFound.account", username)));
    }

    /**
     * The enabled adviser called {@code username}, to hand work to; null (the team queue) when the name is
     * blank. Anyone else is refused at {@code field}.
     */
    public UserAccount adviserOrTeamQueue(String username, String field) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return findByUsername(username).filter(UserAccount::isEnabled)
                .filter(u -> u.getRoles().contains(Role.ADVISER))
                .orElseThrow(() -> new InvalidInputException(field, UserText.of("staff.adviser.unknown", username)));
    }

    /** Enabled staff who take calls, by name: who work can be handed to, and whose work is counted. */
    public List<UserAccount> enabledAdvisers() {
        return em.createQuery("select u from UserAccount u where u.enabled = true and :adviser member of u.roles "
                + "order by u.displayName", UserAccount.class).setParameter("adviser", Role.ADVISER).getResultList();
    }

    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.displayName", UserAccount.class)
                .getResultList();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    /**
     * Opens an account as the form describes it, once its username is free and well formed, its password
     * meets the policy and it has a name and a role; refused at the field otherwise.
     */
    public UserAccount open(StaffForm form) {
        String username;
        try {
            username = UsernamePolicy.normalise(form.getUsername());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("username", e.getMessage());
        }
        if (findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", UserText.of("staff.username.taken", username));
        }
        char[] password = form.getPassword() == null ? new char[0] : form.getPassword().toCharArray();
        PasswordPolicy.check(username, password);
        if (form.getDisplayName() == null || form.getDisplayName().isBlank()) {
            throw new InvalidInputException("displayName", UserText.of("staff.displayName.required"));
        }
        if (form.getRoles() == null || form.getRoles().isEmpty()) {
            throw new InvalidInputException("roles", UserText.of("staff.roles.required"));
        }
        UserAccount account = new UserAccount(username, form.getDisplayName().strip(), null, hasher.hash(password),
                EnumSet.copyOf(form.getRoles()), Instant.now());
        account.describe(form.getDisplayName(), form.getEmail());
        em.persist(account);
        return account;
    }

    /** Whether any enabled account has the admin role. */
    public boolean anyEnabledAdmin() {
        return !em.createQuery("select u.id from UserAccount u where u.enabled = true and :admin member of u.roles",
                Long.class).setParameter("admin", Role.ADMIN).setMaxResults(1).getResultList().isEmpty();
    }
}
