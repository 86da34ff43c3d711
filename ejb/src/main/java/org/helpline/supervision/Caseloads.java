package org.helpline.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.helpline.calls.Contact;
import org.helpline.cases.Case;
import org.helpline.cases.CaseStatus;
import org.helpline.followups.FollowUp;
import org.helpline.referrals.Referral;
import org.helpline.referrals.ReferralStatus;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccounts;
import org.helpline.shared.RecordLink;
import org.helpline.shared.Rows;
import org.helpline.shared.HelplineTime;

/**
 * Caseloads per adviser and for the team queue. Each count and the list it opens are built from one
 * set of conditions ({@link Counting}), so the number on the table is always the length of its list.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@RequiresPermission(Permission.VIEW_CASELOADS)
public class Caseloads {

    /** Lists longer than this show their first items; the count above them stays exact. */
    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts accounts;

    /** One row per enabled adviser, by name, then the team queue's row. */
    public List<CaseloadRow> table(CaseloadFilter filter, Instant now) {
        Map<CaseloadList, Map<String, Long>> counts = new HashMap<>();
        for (CaseloadList list : CaseloadList.values()) {
            counts.put(list, grouped(new Counting(list, filter, now)));
        }
        Map<String, Instant> oldest = oldestUntouched(new Counting(CaseloadList.OPEN_CASES, filter, now));
        Map<String, String> people = new LinkedHashMap<>();
        accounts.enabledAdvisers().forEach(u -> people.put(u.getUsername(), u.getDisplayName()));
        people.put(null, "Team queue");
        List<CaseloadRow> rows = new ArrayList<>();
        people.forEach((username, name) -> rows.add(new CaseloadRow(username, name,
                tally(counts, CaseloadList.OPEN_CASES, username), tally(counts, CaseloadList.DUE_TODAY, username),
                tally(counts, CaseloadList.OVERDUE, username), tally(counts, CaseloadList.REFERRALS, username),
                tally(counts, CaseloadList.CONTACTS, username), oldest.get(username))));
        return rows;
    }

    /** What one number on the table counts, for {@code username} (null: the team queue), a page at a time. */
    public List<CaseloadItem> list(CaseloadList list, String username, CaseloadFilter filter, Instant now, Rows rows) {
        Counting counting = new Counting(list, filter, now);
        Query query = ofOwner(counting, "select x", username, " order by " + counting.order());
        List<CaseloadItem> items = new ArrayList<>();
        for (Object found : query.setFirstResult(rows.first()).setMaxResults(rows.max()).getResultList()) {
            items.add(item(found));
        }
        return items;
    }

    /** How many items one number on the table counts, for {@code username} (null: the team queue). */
    public long count(CaseloadList list, String username, CaseloadFilter filter, Instant now) {
        return ((Number) ofOwner(new Counting(list, filter, now), "select count(x)", username, "").getSingleResult())
                .longValue();
    }

    private Query ofOwner(Counting counting, String select, String username, String order) {
        Query query = em.createQuery(select + " from " + counting.entity() + " x " + counting.ownerJoin()
                + " where " + counting.where() + " and " + (username == null ? "o is null" : "o.username = :owner") + order);
        counting.bind(query);
        if (username != null) {
            query.setParameter("owner", username);
        }
        return query;
    }

    private Map<String, Long> grouped(Counting counting) {
        Query query = em.createQuery("select o.username, count(x) from " + counting.entity() + " x "
                + counting.ownerJoin() + " where " + counting.where() + " group by o.username");
        counting.bind(query);
        Map<String, Long> byOwner = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] pair = (Object[]) row;
            byOwner.put((String) pair[0], ((Number) pair[1]).longValue());
        }
        return byOwner;
    }

    private Map<String, Instant> oldestUntouched(Counting openCases) {
        Query query = em.createQuery("select o.username, min(x.updatedAt) from HelplineCase x " + openCases.ownerJoin()
                + " where " + openCases.where() + " group by o.username");
        openCases.bind(query);
        Map<String, Instant> byOwner = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] pair = (Object[]) row;
            byOwner.put((String) pair[0], (Instant) pair[1]);
        }
        return byOwner;
    }

    private static long tally(Map<CaseloadList, Map<String, Long>> counts, CaseloadList list, String username) {
        return counts.get(list).getOrDefault(username, 0L);
    }

    private static CaseloadItem item(Object found) {
        if (found instanceof Case k) {
            return new CaseloadItem(k.getNumber() + ": " + k.getTitle(), k.getStatus().label(), k.getUpdatedAt(),
                    RecordLink.toCase(k.getId()), callerId(k.getCaller()));
        }
        if (found instanceof FollowUp f) {
            return new CaseloadItem(f.getKind().label() + ": " + f.getReason(), "due by "
                    + HelplineTime.timeAndDay(f.getDueUntil()), f.getDueFrom(), RecordLink.toFollowUp(f.getId()),
                    callerId(f.getCaller()));
        }
        if (found instanceof Referral r) {
            return new CaseloadItem(r.getService().getName(), r.getStatus().label(), r.getReferredAt(),
                    r.getSupportCase() == null ? null : RecordLink.toCase(r.getSupportCase().getId()),
                    callerId(r.getCaller()));
        }
        Contact c = (Contact) found;
        return new CaseloadItem(c.getChannel().getLabel() + " contact", c.isNonData() ? c.getNonDataKind().label()
                : c.getOutcome().getLabel(), c.getStartedAt(),
                c.getSupportCase() == null ? null : RecordLink.toCase(c.getSupportCase().getId()),
                callerId(c.getCaller()));
    }

    private static Long callerId(org.helpline.callers.Caller caller) {
        return caller == null ? null : caller.getId();
    }

    /** The conditions one column counts by, shared by its count and its list. */
    private static final class Counting {

        private final CaseloadList list;
        private final CaseloadFilter filter;
        private final Instant now;

        Counting(CaseloadList list, CaseloadFilter filter, Instant now) {
            this.list = list;
            this.filter = filter;
            this.now = now;
        }

        String entity() {
            return switch (list) {
                case OPEN_CASES -> "HelplineCase";
                case DUE_TODAY, OVERDUE -> "FollowUp";
                case REFERRALS -> "Referral";
                case CONTACTS -> "Contact";
            };
        }

        String ownerJoin() {
            return switch (list) {
                case OPEN_CASES, DUE_TODAY, OVERDUE -> "left join x.owner o";
                case REFERRALS -> "left join x.referredBy o";
                case CONTACTS -> "left join x.adviser o";
            };
        }

        String order() {
            return switch (list) {
                case OPEN_CASES -> "x.updatedAt, x.id";
                case DUE_TODAY, OVERDUE -> "x.dueUntil, x.id";
                case REFERRALS -> "x.referredAt, x.id";
                case CONTACTS -> "x.startedAt desc, x.id";
            };
        }

        String where() {
            List<String> conditions = new ArrayList<>();
            switch (list) {
                case OPEN_CASES -> {
                    conditions.add("x.status <> :closed");
                    if (filter.status() != null) {
                        conditions.add("x.status = :status");
                    }
                    if (filter.byLine() || filter.byTopic()) {
                        conditions.add("exists (select c from Contact c " + topicJoin() + " where c.supportCase = x"
                                + contactConditions() + ")");
                    }
                }
                case DUE_TODAY, OVERDUE -> {
                    conditions.add("x.status = :open");
                    conditions.add(list == CaseloadList.OVERDUE ? "x.dueUntil < :now"
                            : "x.dueUntil >= :now and x.dueFrom < :endOfToday");
                    fromContact(conditions);
                }
                case REFERRALS -> {
                    conditions.add("x.status in :underWay");
                    fromContact(conditions);
                }
                case CONTACTS -> {
                    conditions.add("x.startedAt >= :since");
                    if (filter.byLine() || filter.byTopic()) {
                        conditions.add("exists (select c from Contact c " + topicJoin() + " where c = x"
                                + contactConditions() + ")");
                    }
                }
            }
            return String.join(" and ", conditions);
        }

        private void fromContact(List<String> conditions) {
            if (filter.byLine() || filter.byTopic()) {
                conditions.add("exists (select c from Contact c " + topicJoin() + " where c = x.contact"
                        + contactConditions() + ")");
            }
        }

        private String topicJoin() {
            return filter.byTopic() ? "join c.topics t left join t.parent tp" : "";
        }

        private String contactConditions() {
            return (filter.byLine() ? " and c.line.code = :line" : "")
                    + (filter.byTopic() ? " and (t.code = :topic or tp.code = :topic)" : "");
        }

        void bind(Query query) {
            switch (list) {
                case OPEN_CASES -> {
                    query.setParameter("closed", CaseStatus.CLOSED);
                    if (filter.status() != null) {
                        query.setParameter("status", filter.status());
                    }
                }
                case DUE_TODAY, OVERDUE -> {
                    query.setParameter("open", FollowUp.Status.OPEN);
                    query.setParameter("now", now);
                    if (list == CaseloadList.DUE_TODAY) {
                        query.setParameter("endOfToday", LocalDate.ofInstant(now, HelplineTime.ZONE).plusDays(1)
                                .atStartOfDay(HelplineTime.ZONE).toInstant());
                    }
                }
                case REFERRALS -> query.setParameter("underWay", ReferralStatus.underWay());
                case CONTACTS -> query.setParameter("since", filter.contactsSince().atStartOfDay(HelplineTime.ZONE).toInstant());
            }
            if (filter.byLine()) {
                query.setParameter("line", filter.line());
            }
            if (filter.byTopic()) {
                query.setParameter("topic", filter.topic());
            }
        }
    }
}
