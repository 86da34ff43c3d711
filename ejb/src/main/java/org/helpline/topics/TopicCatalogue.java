package org.helpline.topics;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.Roles;

/** Reads the topic taxonomy. */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR, Roles.ADMIN})
public class TopicCatalogue {

    @PersistenceContext
    EntityManager em;

    /** Top-level topics in display order, with their subtopics loaded. */
    public List<Topic> taxonomy() {
        return em.createQuery("select distinct t from Topic t left join fetch t.subtopics "
                + "where t.parent is null order by t.sortOrder, t.label", Topic.class)
                .getResultList();
    }
}
