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
        List<Caller> callers;
        Optional<String> phone = PhoneNumber.tryNormalise(query);
        if (phone.isPresent()) {
            callers = em.createQuery("select distinct c from Caller c join c.phones p where p = :phone", Caller.class)
                    .setParameter("phone", phone.get()).setMaxResults(MAX_MATCHES).getResultList();
        } else if (query.contains("@")) {
            callers = em.createQuery("select c from Caller c where c.email like :email order by c.updatedAt desc",
                    Caller.class).setParameter("email", query.toLowerCase(Locale.ROOT) + "%")
                    .setMaxResults(MAX_MATCHES).getResultList();
        } else {
            callers = byName(query);
        }
        Set<Long> identifiable = callerAccess.identifiable(callers.stream().map(Caller::getId).toList());
        List<CallerMatch> matches = describeAll(callers, identifiable);
        log.listed("repeat-caller look-up", callers.stream().map(Caller::getId).filter(identifiable::contains).toList());
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

    private List<Caller> byName(String query) {
        String[] words = Arrays.stream(NameKey.plain(query).split(" ")).filter(w -> w.length() >= 2)
                .toArray(String[]::new);
        if (words.length == 0) {
            return List.of();
        }
        // Each word matches part of the name, or sounds like one of its parts: the word's primary or
        // alternate Double Metaphone code is among the stored codes.
        List<List<String>> codes = Arrays.stream(words).map(NameKey::codes).toList();
        StringBuilder jpql = new StringBuilder("select c from Caller c where c.nameKey is not null");
        for (int i = 0; i < words.length; i++) {
            jpql.append(" and (c.nameKey like :w").append(i);
            for (int k = 0; k < codes.get(i).size(); k++) {
                jpql.append(" or c.nameSounds like :s").append(i).append('_').append(k);
            }
            jpql.append(')');
        }
        jpql.append(" order by c.updatedAt desc");
        TypedQuery<Caller> q = em.createQuery(jpql.toString(), Caller.class).setMaxResults(MAX_MATCHES);
        for (int i = 0; i < words.length; i++) {
            q.setParameter("w" + i, "%" + words[i] + "%");
            for (int k = 0; k < codes.get(i).size(); k++) {
                q.setParameter("s" + i + "_" + k, "% " + codes.get(i).get(k) + " %");
            }
        }
        return q.getResultList();
    }

    /**
     * Each caller as a match: what is open for them, and their last contacts, read for all of them at
     * once (a query per kind of record, not per caller).
     */
    private List<CallerMatch> describeAll(List<Caller> callers, Set<Long> identifiable) {
        if (callers.isEmpty()) {
            return List.of();
        }
        em.createQuery("select distinct c from Caller c left join fetch c.phones where c in :callers", Caller.class)
                .setParameter("callers", callers).getResultList();
        Map<Long, List<CallerMatch.OpenCase>> cases = new HashMap<>();
        em.createQuery("select k from HelplineCase k where k.caller in :callers and k.status <> :closed "
                + "order by k.openedAt desc", Case.class).setParameter("callers", callers)
                .setParameter("closed", CaseStatus.CLOSED).getResultStream()
                .forEach(k -> cases.computeIfAbsent(k.getCaller().getId(), id -> new ArrayList<>())
                        .add(new CallerMatch.OpenCase(k.getId(), k.getNumber(), k.getTitle(), k.getStatus().label())));
        LocalDate today = LocalDate.now(HelplineTime.CLOCK);
        Map<Long, Set<String>> risks = new HashMap<>();
        em.createQuery("select f from RiskFlag f where f.caller in :callers order by f.raisedAt desc", RiskFlag.class)
                .setParameter("callers", callers).getResultStream().filter(f -> f.isActiveOn(today))
                .forEach(f -> risks.computeIfAbsent(f.getCaller().getId(), id -> new LinkedHashSet<>()).add(f.getKind().label()));
        Map<Long, Long> openFollowUps = new HashMap<>();
        em.createQuery("select f.caller.id, count(f) from FollowUp f where f.caller in :callers and f.status = :open "
                + "group by f.caller.id", Object[].class).setParameter("callers", callers)
                .setParameter("open", FollowUp.Status.OPEN).getResultStream()
                .forEach(row -> openFollowUps.put((Long) row[0], (Long) row[1]));
        Map<Long, List<CallerMatch.OpenReferral>> referrals = new HashMap<>();
        em.createQuery("select r from Referral r join fetch r.service where r.caller in :callers and r.status in :underWay "
                + "order by r.referredAt desc", Referral.class).setParameter("callers", callers)
                .setParameter("underWay", ReferralStatus.underWay()).getResultStream()
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
        List<?> rows = em.createNativeQuery("select caller_id, started_at, channel, summary, caller_type from ("
                + "select c.caller_id, c.started_at, ch.label as channel, c.summary, ct.code as caller_type, "
                + "row_number() over (partition by c.caller_id order by c.started_at desc, c.id desc) as position "
                + "from contact c join channel ch on ch.id = c.channel_id left join caller_type ct on ct.id = c.caller_type_id "
                + "where c.caller_id in (:callers)) recent where position <= " + RECENT_CONTACTS
                + " order by caller_id, started_at desc")
                .setParameter("callers", callers.stream().map(Caller::getId).toList())
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

    /** "Ffion Hughes" as "F. H.": enough to ask "am I speaking to…?", not enough to learn who rang. */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "Caller";
        }
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            initials.append(initials.length() == 0 ? "" : " ").append(part.codePoints().limit(1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append('.');
        }
        return initials.toString();
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
