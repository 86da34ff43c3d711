package org.helpline.privacy;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

/** Which callers have been erased, and which are under a legal hold: one query each for any number of callers. */
final class CallerStates {

    private CallerStates() {
    }

    static Set<Long> erased(EntityManager em, Collection<Long> callerIds) {
        return callerIds.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                "select e.callerId from CallerErasure e where e.callerId in :ids", Long.class)
                .setParameter("ids", callerIds).getResultList());
    }

    static Set<Long> onHold(EntityManager em, Collection<Long> callerIds) {
        return callerIds.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                "select h.callerId from LegalHold h where h.callerId in :ids", Long.class)
                .setParameter("ids", callerIds).getResultList());
    }

    static boolean isErased(EntityManager em, long callerId) {
        return !erased(em, List.of(callerId)).isEmpty();
    }

    static boolean isOnHold(EntityManager em, long callerId) {
        return !onHold(em, List.of(callerId)).isEmpty();
    }
}
