package org.helpline.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.helpline.audit.AccessLog;
import org.helpline.callers.CallerAccess;
import org.helpline.callers.NameKey;
import org.helpline.callers.PhoneNumber;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.persistence.TextSearchFunctions;
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
@RequiresPermission(Permission.VIEW_CONTACT)
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

    @Inject
    CallerAccess callerAccess;

    @Inject
    AccessLog access;

    public long count(SearchCriteria criteria) {
        Query query = em.createQuery("select count(c) " + where(criteria, limited()));
        bind(query, criteria, limited());
        return (Long) query.getSingleResult();
    }

    public List<ContactLine> search(SearchCriteria criteria, int first, int pageSize, Sort sort) {
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE) {
            throw new InvalidInputException("page", "Ask for between 1 and " + MAX_PAGE + " results at a time");
        }
        boolean limited = limited();
        var query = em.createQuery("select c " + where(criteria, limited) + " order by "
                + (sort == null ? Sort.NEWEST : sort).jpql, Contact.class);
        bind(query, criteria, limited);
        List<Contact> found = query.setFirstResult(first).setMaxResults(pageSize).getResultList();
        Set<Long> identifiable = callerAccess.identifiable(found.stream().filter(c -> c.getCaller() != null)
                .map(c -> c.getCaller().getId()).distinct().toList());
        access.listed("contact search results", identifiable);
        return found.stream().map(c -> c.getCaller() == null || identifiable.contains(c.getCaller().getId())
                ? ContactLine.of(c) : ContactLine.masked(c)).toList();
    }

    /**
     * Advisers find callers by name or number only among those they are working with, so the search cannot
     * be used to look someone up; supervisors search everyone.
     */
    private boolean limited() {
        return !callerAccess.seesEveryone();
    }

    private static String where(SearchCriteria criteria, boolean limited) {
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
            if (limited) {
                jpql.append(" and ").append(CallerAccess.workingWith("cl"));
            }
        } else if (caseNumber.isPresent()) {
            jpql.append(" and k.number = :caseNumber");
        } else {
            // Each word: the contacts whose notes hold it (full text, from an index on PostgreSQL), or whose
            // caller's name or case holds it. One union per word, so each part can use its own index.
            for (int i = 0; i < words.size(); i++) {
                String w = ":w" + i;
                String part = ":p" + i;
                jpql.append(" and c.id in (select sx.id from Contact sx where function('")
                        .append(TextSearchFunctions.MATCHES).append("', sx.summary, sx.informationGiven, ").append(w)
                        .append(") = true")
                        .append(" union select sx.id from Contact sx join sx.caller sc where sc.nameKey like ").append(part)
                        .append(limited ? " and " + CallerAccess.workingWith("sc") : "")
                        .append(" union select sx.id from Contact sx join sx.supportCase sk where lower(sk.title) like ")
                        .append(part).append(" or exists (select e from CaseEvent e where e.supportCase = sk and lower(e.text) like ")
                        .append(part).append("))");
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

    private void bind(Query query, SearchCriteria criteria, boolean limited) {
        if (limited) {
            callerAccess.bindWorkingWith(query);
        }
        Optional<String> phone = phone(criteria.getText());
        Optional<String> caseNumber = caseNumber(criteria.getText());
        if (phone.isPresent()) {
            query.setParameter("phone", phone.get());
        } else if (caseNumber.isPresent()) {
            query.setParameter("caseNumber", caseNumber.get());
        } else {
            List<String> words = words(criteria.getText());
            for (int i = 0; i < words.size(); i++) {
                query.setParameter("w" + i, words.get(i));
                query.setParameter("p" + i, "%" + words.get(i) + "%");
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
