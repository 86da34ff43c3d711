package org.helpline.resources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.helpline.security.Roles;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;

/**
 * Finds services to refer callers to: by words typed, topic and area; those matching the contact's
 * topics first. Retired services are not offered.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR, Roles.ADMIN})
public class ResourceDirectory {

    static final int MAX_RESULTS = 50;

    @PersistenceContext
    EntityManager em;

    /**
     * Active and temporarily closed services whose name, description or organisation contain every word,
     * helping with {@code topicCode} (or its subtopics), covering an area containing {@code area}.
     */
    public List<SupportService> find(String text, String topicCode, String area) {
        StringBuilder jpql = new StringBuilder("select s from SupportService s join s.organisation o "
                + "where s.status <> :retired");
        List<String> words = new ArrayList<>();
        if (text != null) {
            for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (word.length() >= 2) {
                    words.add(word);
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and (lower(s.name) like :w").append(i).append(" or lower(s.description) like :w").append(i)
                    .append(" or lower(o.name) like :w").append(i).append(')');
        }
        if (topicCode != null && !topicCode.isBlank()) {
            jpql.append(" and exists (select t from SupportService s2 join s2.topics t left join t.parent tp "
                    + "where s2 = s and (t.code = :topic or tp.code = :topic))");
        }
        if (area != null && !area.isBlank()) {
            jpql.append(" and (lower(s.areasCovered) like :area or lower(s.areasCovered) like '%uk-wide%')");
        }
        jpql.append(" order by s.crisisLine desc, s.name");
        TypedQuery<SupportService> query = em.createQuery(jpql.toString(), SupportService.class)
                .setParameter("retired", ServiceStatus.INACTIVE).setMaxResults(MAX_RESULTS);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + words.get(i) + "%");
        }
        if (topicCode != null && !topicCode.isBlank()) {
            query.setParameter("topic", topicCode);
        }
        if (area != null && !area.isBlank()) {
            query.setParameter("area", "%" + area.strip().toLowerCase(Locale.ROOT) + "%");
        }
        return query.getResultList();
    }

    /** Active services that help with any of these topics: what to suggest beside a contact. */
    public List<SupportService> suggestedFor(Collection<String> topicCodes) {
        if (topicCodes == null || topicCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct s from SupportService s join fetch s.organisation join s.topics t "
                + "where s.status = :active and t.code in :codes order by s.name", SupportService.class)
                .setParameter("active", ServiceStatus.ACTIVE).setParameter("codes", topicCodes)
                .setMaxResults(10).getResultList();
    }

    /** Every service taking referrals, by name: for choosing one to refer to. */
    public List<SupportService> referrable() {
        return em.createQuery("select s from SupportService s where s.status = :active order by s.name",
                SupportService.class).setParameter("active", ServiceStatus.ACTIVE).getResultList();
    }

    /** Crisis lines for a risk-to-life call, always to hand. */
    public List<SupportService> crisisLines() {
        return em.createQuery("select s from SupportService s join fetch s.organisation where s.crisisLine = true "
                + "and s.status = :active order by s.name", SupportService.class)
                .setParameter("active", ServiceStatus.ACTIVE).getResultList();
    }

    /** One service by its code, retired or not (a referral may name a retired one). */
    public SupportService get(String code) {
        return em.createQuery("select s from SupportService s join fetch s.organisation where s.code = :code",
                SupportService.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(UserText.of("notFound.serviceCode", code)));
    }
}
