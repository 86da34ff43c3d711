package org.helpline.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.displayName", UserAccount.class)
                .getResultList();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }
}
