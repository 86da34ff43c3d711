package org.helpline.notices;

import java.time.Instant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.UserAccount;

/**
 * How services post a notice to a member of staff, inside the service's own transaction: if the change
 * that prompted it is rolled back, so is the notice.
 */
@Dependent
public class Noticeboard {

    @PersistenceContext
    EntityManager em;

    public void post(UserAccount to, String text, String link) {
        if (to != null) {
            em.persist(new Notice(to, text, link, Instant.now()));
        }
    }
}
