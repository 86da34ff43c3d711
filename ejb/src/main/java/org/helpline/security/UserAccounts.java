package org.helpline.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;

/** Staff accounts in the database. */
@Dependent
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The account of a signed-in user, who must exist. */
    public UserAccount require(String username) {
        return findByUsername(username).orElseThrow(() -> new NotFoundException("Account " + username));
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
                .orElseThrow(() -> new InvalidInputException(field, "No adviser is called " + username));
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
}
