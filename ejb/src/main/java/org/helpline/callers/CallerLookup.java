package org.helpline.callers;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.helpline.audit.AccessLog;
import org.helpline.cases.Case;
import org.helpline.cases.CaseStatus;
import org.helpline.followups.FollowUp;
import org.helpline.referrals.Referral;
import org.helpline.referrals.ReferralStatus;
import org.helpline.safeguarding.RiskFlag;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.persistence.ParameterList;
import org.helpline.shared.persistence.TextSearchFunctions;

/**
 * Finds repeat callers while the adviser types a phone number, an email or a name. Phone numbers match
 * in any format; names match on parts of words and on how they sound ("Jon Smyth" finds "John Smith").
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
@RequiresPermission(Permission.VIEW_CALLER)
public class CallerLookup {

    static final int MAX_MATCHES = 8;
    static final int RECENT_CONTACTS = 3;
    /** How many of the most recently changed callers a look-up by name tries first (see {@link #byName(String)}). */
    static final int RECENT_WINDOW = 1000;
    /** The found callers as the look-up's queries name them (at most {@value #MAX_MATCHES}). */
    private static final String CALLERS = ParameterList.in("callers", MAX_MATCHES);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog log;

    @Inject
    CallerAccess callerAccess;

    public List<CallerMatch> find(String typed) {
        String query = typed == null ? "" : typed.strip();
        if (query.length() < 2) {
            return List.of();
        }
        List<Long> found;
        Optional<String> phone = PhoneNumber.tryNormalise(query);
        if (phone.isPresent()) {
            found = em.createQuery("select distinct c.id, c.updatedAt from Caller c join c.phones p where p = :phone "
                    + "order by c.updatedAt desc", Object[].class).setParameter("phone", phone.get())
                    .setMaxResults(MAX_MATCHES).getResultStream().map(row -> (Long) row[0]).toList();
        } else if (query.contains("@")) {
            found = em.createQuery("select c.id from Caller c where c.email like :email order by c.updatedAt desc",
                    Long.class).setParameter("email", query.toLowerCase(Locale.ROOT) + "%")
                    .setMaxResults(MAX_MATCHES).getResultList();
        } else {
            found = byName(query);
        }
        List<Caller> callers = load(found);
        Set<Long> identifiable = callerAccess.identifiable(found);
        List<CallerMatch> matches = describeAll(callers, identifiable);
        log.listed("repeat-caller look-up", found.stream().filter(identifiable::contains).toList());
        return matches;
    }

    /** One caller the signed-in user may see, in full, to link a contact to (a callback, a restored draft); logged as a view. */
    public Optional<CallerMatch> get(long callerId) {
        return get(callerId, null);
    }

    /**
     * One caller in full, to link to the contact being logged: one the user may see, or one they were just
     * shown as a match ({@code token} from {@link #find}). Anyone else is not found, and the refusal logged.
     */
    public Optional<CallerMatch> get(long callerId, String token) {
        Caller caller = em.find(Caller.class, callerId);
        if (caller == null || !callerAccess.mayLink(callerId, token)) {
            log.refused("caller", callerId, "not found or not theirs to see");
            return Optional.empty();
        }
        log.viewed("caller", callerId, callerId);
        return Optional.of(describeAll(List.of(caller), Set.of(callerId)).get(0));
    }

    /**
     * The most recently changed callers whose name matches: each word of two letters or more matches part of
     * the name, or sounds like one of its parts (the word's primary or alternate Double Metaphone code, or its
     * Soundex code, is among the stored codes).
     *
     * <p>A surname such as "Hall" is shared by thousands of callers, and reading all of them to keep the
     * latest eight was most of a look-up's time (7 ms of PostgreSQL's time at a million contacts, the load
     * benchmark's slowest path). So the {@value #RECENT_WINDOW} most recently changed callers are tried first,
     * read newest first along the index on {@code updated_at}: when eight of them match, they are the eight
     * latest of all. Only a rarer name (most full names) goes on to search every caller through the name
     * indexes, which is quick for it since few match. (The window is an optimisation, not a rule: a common
     * name whose callers all changed longer ago is found by the second query too.)
     */
    private List<Long> byName(String query) {
        String[] words = Arrays.stream(NameKey.plain(query).split(" ")).filter(w -> w.length() >= 2)
                .toArray(String[]::new);
        if (words.length == 0) {
            return List.of();
        }
        List<List<String>> codes = Arrays.stream(words).map(NameKey::codes).toList();
        List<Long> recent = byName("select r.id from (select c.id as id, c.updatedAt as updatedAt, c.nameKey as nameKey, "
                + "c.nameSounds as nameSounds from Caller c order by c.updatedAt desc, c.id desc limit " + RECENT_WINDOW
                + ") r", "r.updatedAt desc", words, codes);
        if (recent.size() == MAX_MATCHES) {
            return recent;
        }
        // Every caller, newest first by "the later of created and last changed", which is the last change
        // (a caller is changed after being created), written so that the database cannot answer it by
        // walking the index on updated_at: for a name few callers have, or after a run of callers of other
        // names, that walk reads tens of thousands of callers; the name indexes find the few.
        return byName("select r.id from Caller r", "greatest(r.updatedAt, r.createdAt) desc", words, codes);
    }

    /** The name query on {@code from}, whose callers are {@code r}, the latest {@value #MAX_MATCHES} first. */
    private List<Long> byName(String from, String newestFirst, String[] words, List<List<String>> codes) {
        StringBuilder jpql = new StringBuilder(from).append(" where r.nameKey is not null");
        for (int i = 0; i < words.length; i++) {
            jpql.append(" and (r.nameKey like :w").append(i);
            if (!codes.get(i).isEmpty()) {
                jpql.append(" or function('").append(TextSearchFunctions.SOUNDS_ANY).append("', r.nameSounds, :s")
                        .append(i).append(") = true");
            }
            jpql.append(')');
        }
        jpql.append(" order by ").append(newestFirst).append(", r.id desc");
        TypedQuery<Long> q = em.createQuery(jpql.toString(), Long.class).setMaxResults(MAX_MATCHES);
        for (int i = 0; i < words.length; i++) {
            q.setParameter("w" + i, "%" + words[i] + "%");
            if (!codes.get(i).isEmpty()) {
                q.setParameter("s" + i, String.join(" ", codes.get(i)));
            }
        }
        return q.getResultList();
    }

    /** The callers, with their numbers, in the order given. */
    private List<Caller> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Caller> byId = new HashMap<>();
        ParameterList.bind(em.createQuery("select distinct c from Caller c left join fetch c.phones where c.id in "
                + ParameterList.in("callers", ids.size()), Caller.class), "callers", ids).getResultStream()
                .forEach(c -> byId.put(c.getId(), c));
        return ids.stream().map(byId::get).filter(c -> c != null).toList();
    }

    /**
     * Each caller as a match: what is open for them, and their last contacts, read for all of them at
     * once (a query per kind of record, not per caller).
     */
    private List<CallerMatch> describeAll(List<Caller> callers, Set<Long> identifiable) {
        if (callers.isEmpty()) {
            return List.of();
        }
        List<Long> ids = callers.stream().map(Caller::getId).toList();
        Map<Long, List<CallerMatch.OpenCase>> cases = new HashMap<>();
        ParameterList.bind(em.createQuery("select k from HelplineCase k where k.caller.id in " + CALLERS
                + " and k.status <> :closed order by k.openedAt desc", Case.class), "callers", ids)
                .setParameter("closed", CaseStatus.CLOSED).getResultStream()
                .forEach(k -> cases.computeIfAbsent(k.getCaller().getId(), id -> new ArrayList<>())
                        .add(new CallerMatch.OpenCase(k.getId(), k.getNumber(), k.getTitle(), k.getStatus().label())));
        LocalDate today = LocalDate.now(HelplineTime.CLOCK);
        Map<Long, Set<String>> risks = new HashMap<>();
        ParameterList.bind(em.createQuery("select f from RiskFlag f where f.caller.id in " + CALLERS
                + " order by f.raisedAt desc", RiskFlag.class), "callers", ids).getResultStream().filter(f -> f.isActiveOn(today))
                .forEach(f -> risks.computeIfAbsent(f.getCaller().getId(), id -> new LinkedHashSet<>()).add(f.getKind().label()));
        Map<Long, Long> openFollowUps = new HashMap<>();
        ParameterList.bind(em.createQuery("select f.caller.id, count(f) from FollowUp f where f.caller.id in " + CALLERS
                + " and f.status = :open group by f.caller.id", Object[].class), "callers", ids)
                .setParameter("open", FollowUp.Status.OPEN).getResultStream()
                .forEach(row -> openFollowUps.put((Long) row[0], (Long) row[1]));
        Map<Long, List<CallerMatch.OpenReferral>> referrals = new HashMap<>();
        List<ReferralStatus> underWay = List.copyOf(ReferralStatus.underWay());
        ParameterList.bind(ParameterList.bind(em.createQuery("select r from Referral r join fetch r.service where r.caller.id in "
                + CALLERS + " and r.status in " + ParameterList.in("underWay", underWay.size())
                + " order by r.referredAt desc", Referral.class), "callers", ids), "underWay", underWay).getResultStream()
                .forEach(r -> referrals.computeIfAbsent(r.getCaller().getId(), id -> new ArrayList<>())
                        .add(new CallerMatch.OpenReferral(r.getId(), r.getService().getName(), r.getStatus().label(),
                                r.getReferredAt())));
        Map<Long, List<Latest>> latest = latestContacts(callers);
        List<CallerMatch> matches = new ArrayList<>();
        for (Caller caller : callers) {
            long id = caller.getId();
            matches.add(describe(caller, identifiable.contains(id), latest.getOrDefault(id, List.of()),
                    cases.getOrDefault(id, List.of()), List.copyOf(risks.getOrDefault(id, Set.of())),
                    openFollowUps.getOrDefault(id, 0L), referrals.getOrDefault(id, List.of())));
        }
        return matches;
    }

    /** One of a caller's last contacts: when, by which channel, the summary and who the caller was then. */
    private record Latest(Instant startedAt, String channel, String summary, String callerType) {
    }

    /** The last {@value #RECENT_CONTACTS} contacts of each caller, in one statement for all of them. */
    private Map<Long, List<Latest>> latestContacts(List<Caller> callers) {
        Map<Long, List<Latest>> latest = new HashMap<>();
        List<?> rows = ParameterList.bind(em.createNativeQuery("select caller_id, started_at, channel, summary, caller_type from ("
                + "select c.caller_id, c.started_at, ch.label as channel, c.summary, ct.code as caller_type, "
                + "row_number() over (partition by c.caller_id order by c.started_at desc, c.id desc) as position "
                + "from contact c join channel ch on ch.id = c.channel_id left join caller_type ct on ct.id = c.caller_type_id "
                + "where c.caller_id in " + CALLERS + ") recent where position <= " + RECENT_CONTACTS
                + " order by caller_id, started_at desc"), "callers", callers.stream().map(Caller::getId).toList())
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            latest.computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>())
                    .add(new Latest(instant(columns[1]), (String) columns[2], (String) columns[3], (String) columns[4]));
        }
        return latest;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private CallerMatch describe(Caller caller, boolean identified, List<Latest> latest, List<CallerMatch.OpenCase> cases,
            List<String> risks, long openFollowUps, List<CallerMatch.OpenReferral> referrals) {
        List<CallerMatch.RecentContact> recent = latest.stream()
                .map(c -> new CallerMatch.RecentContact(c.startedAt(), c.channel(), excerpt(c.summary())))
                .toList();
        String lastCallerType = latest.stream().map(Latest::callerType).filter(code -> code != null)
                .filter(code -> !"unknown".equals(code)).findFirst().orElse(null);
        String token = callerAccess.matchToken(caller.getId());
        if (!identified) {
            return new CallerMatch(caller.getId(), caller.getVersion(), initials(caller.getDisplayName()),
                    caller.getPhones().stream().map(CallerLookup::lastDigits).toList(), null, null,
                    recent.stream().map(r -> new CallerMatch.RecentContact(r.startedAt(), r.channel(), null)).toList(),
                    cases.stream().map(k -> new CallerMatch.OpenCase(k.id(), k.number(), null, k.status())).toList(),
                    risks, (int) openFollowUps, referrals, lastCallerType, false, token);
        }
        return new CallerMatch(caller.getId(), caller.getVersion(), caller.getDisplayName(),
                caller.getPhones().stream().map(PhoneNumber::display).toList(), caller.getEmail(),
                caller.getPostcodeDistrict(), recent, cases, risks, (int) openFollowUps, referrals, lastCallerType,
                true, token);
    }

    static String initials(String name) {
        return CallerMatch.initials(name);
    }

    /** A phone number as its last three digits: "••• 123". */
    static String lastDigits(String e164) {
        String digits = e164 == null ? "" : e164.replaceAll("\\D", "");
        return "••• " + (digits.length() <= 3 ? digits : digits.substring(digits.length() - 3));
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 90 ? line : line.substring(0, 89) + "…";
    }
}
