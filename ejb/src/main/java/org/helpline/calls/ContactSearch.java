package org.helpline.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
import org.helpline.shared.UserText;
import org.helpline.shared.persistence.QueryPlans;
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

        /**
         * The same order written so that no index can give it: the database first finds the matches (from
         * the full-text index), then sorts them. For words with few matches that is far quicker than reading
         * contacts newest first until enough match, which PostgreSQL would otherwise choose, as it cannot
         * tell how rare a word is before it looks (a word no note holds read every contact: 7 seconds).
         */
        private String afterMatching() {
            return jpql.replace("c.startedAt", "coalesce(c.startedAt, c.startedAt)");
        }
    }

    static final int MAX_PAGE = 100;
    /** Counts stop here; see {@link #count}. */
    public static final int COUNT_LIMIT = 1000;
    /** Callers or cases a word may match and still be passed to the contact query as ids. */
    private static final int ID_LIST_MAX = 20_000;
    private static final Pattern CASE_NUMBER = Pattern.compile("HL-\\d{4}-\\d{6}", Pattern.CASE_INSENSITIVE);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccess callerAccess;

    @Inject
    AccessLog access;

    /**
     * How many contacts match, counted up to {@link #COUNT_LIMIT}: more than that comes back as
     * {@code COUNT_LIMIT + 1}, read "more than 1,000" (an exact count of every contact with a common word
     * would cost more than the page of results itself, and nobody pages through a thousand contacts).
     */
    public long count(SearchCriteria criteria) {
        QueryPlans.forTheseValues(em);
        boolean limited = limited();
        return countUpToLimit(criteria, limited, wordMatches(criteria, limited));
    }

    private long countUpToLimit(SearchCriteria criteria, boolean limited, WordMatches matches) {
        var query = em.createQuery("select c.id " + where(criteria, limited, matches), Long.class);
        bind(query, criteria, limited, matches);
        return query.setMaxResults(COUNT_LIMIT + 1).getResultList().size();
    }

    public List<ContactLine> search(SearchCriteria criteria, int first, int pageSize, Sort sort) {
        return find(criteria, first, pageSize, sort).lines();
    }

    /** A page of results and how many there are in all (counted as {@link #count} does), from one look-up of the words. */
    public record Found(List<ContactLine> lines, long counted) {
    }

    public Found find(SearchCriteria criteria, int first, int pageSize, Sort sort) {
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE) {
            throw new InvalidInputException("page", UserText.of("contactSearch.page.range", MAX_PAGE));
        }
        QueryPlans.forTheseValues(em);
        boolean limited = limited();
        WordMatches matches = wordMatches(criteria, limited);
        long counted = countUpToLimit(criteria, limited, matches);
        Sort order = sort == null ? Sort.NEWEST : sort;
        // Words that match a thousand contacts or fewer: find them, then sort (see Sort.afterMatching);
        // more than that: newest first from the index soon finds a page of them.
        boolean fewMatches = matches.hasWords() && counted <= COUNT_LIMIT;
        var query = em.createQuery("select c " + where(criteria, limited, matches) + " order by "
                + (fewMatches ? order.afterMatching() : order.jpql), Contact.class);
        bind(query, criteria, limited, matches);
        List<Contact> found = query.setFirstResult(first).setMaxResults(pageSize).getResultList();
        Set<Long> identifiable = callerAccess.identifiable(found.stream().filter(c -> c.getCaller() != null)
                .map(c -> c.getCaller().getId()).distinct().toList());
        access.listed("contact search results", identifiable);
        return new Found(found.stream().map(c -> c.getCaller() == null || identifiable.contains(c.getCaller().getId())
                ? ContactLine.of(c) : ContactLine.masked(c)).toList(), counted);
    }

    /**
     * For each word, the callers whose name holds it and the cases whose title or notes hold it, looked up
     * first in their own (small, trigram-indexed) tables. The contact query then asks for contacts whose
     * notes match the word, or whose caller or case is in those lists: one pass over the contacts, which
     * PostgreSQL answers by combining three indexes (full text, caller, case). A word that matches more
     * than 20,000 callers or cases is asked for as a subquery instead (correct, but slower).
     */
    private WordMatches wordMatches(SearchCriteria criteria, boolean limited) {
        if (phone(criteria.getText()).isPresent() || caseNumber(criteria.getText()).isPresent()) {
            return new WordMatches(List.of(), List.of());
        }
        List<Optional<List<Long>>> callers = new ArrayList<>();
        List<Optional<List<Long>>> cases = new ArrayList<>();
        for (String word : words(criteria.getText())) {
            var byName = em.createQuery(CALLERS_NAMED + (limited ? " and " + CallerAccess.workingWith("sc") : ""), Long.class)
                    .setParameter("p", "%" + word + "%");
            if (limited) {
                callerAccess.bindWorkingWith(byName);
            }
            callers.add(asList(byName.setMaxResults(ID_LIST_MAX + 1).getResultList()));
            var byCase = em.createQuery(casesWith(limited), Long.class).setParameter("p", "%" + word + "%");
            if (limited) {
                callerAccess.bindWorkingWith(byCase);
            }
            cases.add(asList(byCase.setMaxResults(ID_LIST_MAX + 1).getResultList()));
        }
        return new WordMatches(callers, cases);
    }

    private static final String CALLERS_NAMED = "select sc.id from Caller sc where sc.nameKey like :p";
    /**
     * Cases whose title or notes hold the word; for an adviser, only the cases of callers they work with, so that
     * a word from a hidden case's notes (or its number, below) finds nothing of it.
     */
    private static String casesWith(boolean limited) {
        return "select sk.id from HelplineCase sk where lower(sk.title) like :p"
                + (limited ? " and " + CallerAccess.workingWith("sk.caller") : "")
                + " union select e.supportCase.id from CaseEvent e where lower(e.text) like :p"
                + (limited ? " and " + CallerAccess.workingWith("e.supportCase.caller") : "");
    }

    private static String commaSeparated(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The ids, or nothing when there are too many to pass as a list. */
    private static Optional<List<Long>> asList(List<Long> ids) {
        return ids.size() > ID_LIST_MAX ? Optional.empty() : Optional.of(ids);
    }

    /** Per word: the matching callers' and cases' ids, or empty when the query should look them up itself. */
    private record WordMatches(List<Optional<List<Long>>> callers, List<Optional<List<Long>>> cases) {

        /** Whether the search is for words (not a phone number, a case number or filters alone). */
        boolean hasWords() {
            return !callers.isEmpty();
        }
    }

    /**
     * Advisers find callers by name or number only among those they are working with, so the search cannot
     * be used to look someone up; supervisors search everyone.
     */
    private boolean limited() {
        return !callerAccess.seesEveryone();
    }

    private static String where(SearchCriteria criteria, boolean limited, WordMatches matches) {
        if (criteria.getFrom() != null && criteria.getTo() != null && criteria.getTo().isBefore(criteria.getFrom())) {
            throw new InvalidInputException("to", UserText.of("contactSearch.to.beforeFrom"));
        }
        List<String> words = words(criteria.getText());
        Optional<String> phone = phone(criteria.getText());
        Optional<String> caseNumber = caseNumber(criteria.getText());
        // Joined only when a condition needs them: a word's caller and case conditions read the contact's own
        // columns, so that PostgreSQL can answer them from the contact's indexes.
        StringBuilder jpql = new StringBuilder("from Contact c")
                .append(phone.isPresent() ? " left join c.caller cl" : "")
                .append(caseNumber.isPresent() || criteria.getCaseStatus() != null ? " left join c.supportCase k" : "")
                .append(" where 1 = 1");
        if (phone.isPresent()) {
            jpql.append(" and exists (select p from Caller x join x.phones p where x = cl and p = :phone)");
            if (limited) {
                jpql.append(" and ").append(CallerAccess.workingWith("cl"));
            }
        } else if (caseNumber.isPresent()) {
            jpql.append(" and k.number = :caseNumber");
            if (limited) {
                jpql.append(" and ").append(CallerAccess.workingWith("k.caller"));
            }
        } else {
            // Each word: the contacts whose notes hold it (full text, from an index on PostgreSQL), or whose
            // caller's name or case holds it (see wordMatches).
            for (int i = 0; i < words.size(); i++) {
                jpql.append(" and (function('").append(TextSearchFunctions.MATCHES)
                        .append("', c.summary, c.informationGiven, :w").append(i).append(") = true");
                Optional<List<Long>> callers = matches.callers().get(i);
                if (callers.isEmpty()) {
                    jpql.append(" or c.caller.id in (").append(CALLERS_NAMED.replace(":p", ":p" + i))
                            .append(limited ? " and " + CallerAccess.workingWith("sc") : "").append(')');
                } else if (!callers.get().isEmpty()) {
                    jpql.append(" or function('").append(TextSearchFunctions.ID_IN).append("', c.caller.id, :callers")
                            .append(i).append(") = true");
                }
                Optional<List<Long>> cases = matches.cases().get(i);
                if (cases.isEmpty()) {
                    jpql.append(" or c.supportCase.id in (").append(casesWith(limited).replace(":p", ":p" + i)).append(')');
                } else if (!cases.get().isEmpty()) {
                    jpql.append(" or function('").append(TextSearchFunctions.ID_IN).append("', c.supportCase.id, :cases")
                            .append(i).append(") = true");
                }
                jpql.append(')');
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

    private void bind(Query query, SearchCriteria criteria, boolean limited, WordMatches matches) {
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
                Optional<List<Long>> callers = matches.callers().get(i);
                Optional<List<Long>> cases = matches.cases().get(i);
                if (callers.isEmpty() || cases.isEmpty()) {
                    query.setParameter("p" + i, "%" + words.get(i) + "%");
                }
                if (callers.isPresent() && !callers.get().isEmpty()) {
                    query.setParameter("callers" + i, commaSeparated(callers.get()));
                }
                if (cases.isPresent() && !cases.get().isEmpty()) {
                    query.setParameter("cases" + i, commaSeparated(cases.get()));
                }
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
