package org.helpline.notices;

import java.time.Instant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.UserAccount;
import org.helpline.shared.RecordLink;

/**
 * How services post a notice to a member of staff, inside the service's own transaction: if the change
 * that prompted it is rolled back, so is the notice.
 */
@Dependent
public class Noticeboard {

    @PersistenceContext
    EntityManager em;

    /** Posts {@code text} to {@code to}, opening {@code link} (null: nothing); nobody is told when {@code to} is null. */
    public void post(UserAccount to, String text, RecordLink link) {
        if (to != null) {
            em.persist(new Notice(to, text, link, Instant.now()));
        }
    }
}
