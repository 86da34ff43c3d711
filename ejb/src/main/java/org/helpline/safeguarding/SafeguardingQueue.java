package org.helpline.safeguarding;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.Roles;

/** The supervisors' queue of contacts flagged as a risk to life, newest first, until signed off. */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class SafeguardingQueue {

    @PersistenceContext
    EntityManager em;

    public List<SafeguardingAlert> open() {
        return em.createQuery("select a from SafeguardingAlert a where a.status = :open order by a.raisedAt desc",
                SafeguardingAlert.class)
                .setParameter("open", SafeguardingAlert.Status.OPEN).getResultList();
    }
}
