package org.helpline.topics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.Roles;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;
import org.helpline.shared.persistence.ReferenceItems;

/** Reads the topic taxonomy. */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR, Roles.ADMIN})
public class TopicCatalogue {

    @PersistenceContext
    EntityManager em;

    /**
     * Active topics whose label or whose parent's label contains every word typed, subtopics shown
     * with their parent ("Symptoms › Fatigue"), for picking topics by typing.
     */
    public List<TopicChoice> complete(String typed, int max) {
        String[] words = typed == null ? new String[0] : typed.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        StringBuilder jpql = new StringBuilder("select t from Topic t left join t.parent p where t.active = true");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                jpql.append(" and (lower(t.label) like :w").append(i).append(" or lower(p.label) like :w").append(i)
                        .append(")");
            }
        }
        // Topics whose own name matches come before those that match through their parent's.
        jpql.append(words.length > 0 && !words[0].isEmpty() ? " order by case when lower(t.label) like :w0 then 0 else 1 end," : " order by");
        jpql.append(" coalesce(p.sortOrder, t.sortOrder), case when p.id is null then 0 else 1 end, t.sortOrder");
        var query = em.createQuery(jpql.toString(), Topic.class).setMaxResults(max);
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                query.setParameter("w" + i, "%" + words[i] + "%");
            }
        }
        return query.getResultList().stream().map(TopicChoice::of).toList();
    }

    /** Active topics by code; any unknown or retired code is refused. */
    public Set<Topic> byCodes(Set<String> codes) {
        return byCodes(em, codes);
    }

    /**
     * The same, for a service that has checked its caller already and is saving in its own transaction (a
     * contact's topics): by natural id, from the second-level cache, with no service call of its own.
     */
    public static Set<Topic> byCodes(EntityManager em, Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        Set<Topic> found = new LinkedHashSet<>();
        for (String code : codes) {
            Topic topic = code == null ? null : ReferenceItems.byCode(em, Topic.class, code);
            if (topic == null || !topic.isActive()) {
                throw new InvalidInputException("topics", UserText.of("topic.unknown"));
            }
            found.add(topic);
        }
        return found;
    }

    /** Top-level topics in display order, with their subtopics loaded. */
    public List<Topic> taxonomy() {
        return em.createQuery("select distinct t from Topic t left join fetch t.subtopics "
                + "where t.parent is null order by t.sortOrder, t.label", Topic.class)
                .getResultList();
    }
}
