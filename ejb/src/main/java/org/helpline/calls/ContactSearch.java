package org.helpline.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.helpline.callers.NameKey;
import org.helpline.callers.PhoneNumber;
import org.helpline.security.Roles;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;

/**
 * Searches contacts, and the cases they belong to, with paging and sorting done by the database.
 * Every word typed must appear somewhere: in the summary or information given, the caller's name, the
 * case's title or one of its notes. A phone number matches in any format; a case number matches its
 * case.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
public class ContactSearch {

    /** How results can be ordered. */
    public enum Sort {
        NEWEST("c.startedAt desc, c.id desc"),
        OLDEST("c.startedAt asc, c.id asc"),
        LONGEST("c.durationSeconds desc, c.id desc");

        private final String jpql;

        Sort(String jpql) {
            this.jpql = jpql;
        }
    }

    static final int MAX_PAGE = 100;
    private static final Pattern CASE_NUMBER = Pattern.compile("HL-\\d{4}-\\d{6}", Pattern.CASE_INSENSITIVE);

    @PersistenceContext
    EntityManager em;

    public long count(SearchCriteria criteria) {
        Query query = em.createQuery("select count(c) " + where(criteria));
        bind(query, criteria);
        return (Long) query.getSingleResult();
    }

    public List<ContactLine> search(SearchCriteria criteria, int first, int pageSize, Sort sort) {
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE) {
            throw new InvalidInputException("page", "Ask for between 1 and " + MAX_PAGE + " results at a time");
        }
        var query = em.createQuery("select c " + where(criteria) + " order by "
                + (sort == null ? Sort.NEWEST : sort).jpql, Contact.class);
        bind(query, criteria);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultStream().map(ContactLine::of).toList();
    }

    private static String where(SearchCriteria criteria) {
        if (criteria.getFrom() != null && criteria.getTo() != null && criteria.getTo().isBefore(criteria.getFrom())) {
            throw new InvalidInputException("to", "The end date is before the start date");
        }
        StringBuilder jpql = new StringBuilder(
                "from Contact c left join c.caller cl left join c.supportCase k where 1 = 1");
        List<String> words = words(criteria.getText());
        Optional<String> phone = phone(criteria.getText());
        Optional<String> caseNumber = caseNumber(criteria.getText());
        if (phone.isPresent()) {
            jpql.append(" and exists (select p from Caller x join x.phones p where x = cl and p = :phone)");
        } else if (caseNumber.isPresent()) {
            jpql.append(" and k.number = :caseNumber");
        } else {
            for (int i = 0; i < words.size(); i++) {
                String w = ":w" + i;
                jpql.append(" and (lower(c.summary) like ").append(w)
                        .append(" or lower(c.informationGiven) like ").append(w)
                        .append(" or cl.nameKey like ").append(w)
                        .append(" or lower(k.title) like ").append(w)
                        .append(" or exists (select e from CaseEvent e where e.supportCase = k and lower(e.text) like ")
                        .append(w).append("))");
            }
        }
        if (criteria.getFrom() != null) {
            jpql.append(" and c.startedAt >= :from");
        }
        if (criteria.getTo() != null) {
            jpql.append(" and c.startedAt < :to");
        }
        if (notBlank(criteria.getTopic())) {
            jpql.append(" and exists (select t from Contact c2 join c2.topics t left join t.parent tp "
                    + "where c2 = c and (t.code = :topic or tp.code = :topic))");
        }
        if (notBlank(criteria.getAdviser())) {
            jpql.append(" and c.adviser.username = :adviser");
        }
        if (notBlank(criteria.getLine())) {
            jpql.append(" and c.line.code = :line");
        }
        if (criteria.getCaseStatus() != null) {
            jpql.append(" and k.status = :status");
        }
        return jpql.toString();
    }

    private static void bind(Query query, SearchCriteria criteria) {
        Optional<String> phone = phone(criteria.getText());
        Optional<String> caseNumber = caseNumber(criteria.getText());
        if (phone.isPresent()) {
            query.setParameter("phone", phone.get());
        } else if (caseNumber.isPresent()) {
            query.setParameter("caseNumber", caseNumber.get());
        } else {
            List<String> words = words(criteria.getText());
            for (int i = 0; i < words.size(); i++) {
                query.setParameter("w" + i, "%" + words.get(i) + "%");
            }
        }
        if (criteria.getFrom() != null) {
            query.setParameter("from", dayStart(criteria.getFrom()));
        }
        if (criteria.getTo() != null) {
            query.setParameter("to", dayStart(criteria.getTo().plusDays(1)));
        }
        if (notBlank(criteria.getTopic())) {
            query.setParameter("topic", criteria.getTopic());
        }
        if (notBlank(criteria.getAdviser())) {
            query.setParameter("adviser", criteria.getAdviser());
        }
        if (notBlank(criteria.getLine())) {
            query.setParameter("line", criteria.getLine());
        }
        if (criteria.getCaseStatus() != null) {
            query.setParameter("status", criteria.getCaseStatus());
        }
    }

    /** Words as stored keys compare: lower case, no accents (names are kept that way too). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            for (String word : NameKey.plain(text).split(" ")) {
                if (word.length() >= 2) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words.size() > 8 ? words.subList(0, 8) : words;
    }

    private static Optional<String> phone(String text) {
        return text == null || text.isBlank() || text.chars().filter(Character::isDigit).count() < 8
                ? Optional.empty() : PhoneNumber.tryNormalise(text);
    }

    private static Optional<String> caseNumber(String text) {
        return text != null && CASE_NUMBER.matcher(text.strip()).matches()
                ? Optional.of(text.strip().toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private static Instant dayStart(java.time.LocalDate day) {
        return day.atStartOfDay(HelplineTime.ZONE).toInstant();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
