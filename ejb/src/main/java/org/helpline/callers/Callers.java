package org.helpline.callers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.audit.AccessLog;
import org.helpline.calls.Contact;
import org.helpline.cases.Case;
import org.helpline.cases.CaseEvent;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUpEvent;
import org.helpline.referrals.Referral;
import org.helpline.referrals.ReferralEvent;
import org.helpline.referrals.ReferralStatus;
import org.helpline.safeguarding.RiskFlag;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.Rows;

/**
 * The caller as one person rather than pieces of records: their page (details, consent, risk, open work,
 * cases and one timeline of everything that happened with them), the header every page that works on them
 * shows, and the risk markers on lists. Who may see whom is {@link CallerRecords}' rule, as for every record:
 * a caller this user may not see is "not found".
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
@RequiresPermission(Permission.VIEW_CALLER)
public class Callers {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerRecords records;

    @Inject
    CallerAccess callerAccess;

    @Inject
    AccessLog access;

    @Inject
    CurrentStaff staff;

    /** The caller page's top half; opening it is written to the access log. */
    public CallerOverview overview(long callerId) {
        Caller caller = records.find(Caller.class, callerId);
        caller.getPhones().size();
        access.viewed("caller", callerId, callerId);
        List<FollowUp> followUps = em.createQuery("select f from FollowUp f left join fetch f.supportCase "
                + "where f.caller = :caller and f.status = :open order by f.dueFrom, f.id", FollowUp.class)
                .setParameter("caller", caller).setParameter("open", FollowUp.Status.OPEN).getResultList();
        List<Referral> referrals = em.createQuery("select r from Referral r join fetch r.service where r.caller = :caller "
                + "and r.status in :underWay order by r.referredAt desc, r.id desc", Referral.class)
                .setParameter("caller", caller).setParameter("underWay", ReferralStatus.underWay()).getResultList();
        List<Case> cases = em.createQuery("select k from HelplineCase k where k.caller = :caller "
                + "order by k.openedAt desc, k.id desc", Case.class).setParameter("caller", caller).getResultList();
        return new CallerOverview(caller, headerOf(caller), followUps, referrals, cases);
    }

    /**
     * Changes the caller's details (name, numbers, email, postcode district, MS details, how and when they
     * prefer to be contacted), as the adviser found them on the page at {@code seenVersion}; refused, with
     * nothing written, if someone changed them since. Consent stays as given.
     */
    @RequiresPermission(Permission.LOG_CONTACT)
    public Caller update(long callerId, long seenVersion, CallerDetails details) {
        Caller caller = records.find(Caller.class, callerId);
        caller.checkVersion(seenVersion);
        caller.update(details, staff.account(), Instant.now());
        em.flush();
        return caller;
    }

    /**
     * The header of a caller the user may see, for a page that works on one of their records (a case, a
     * follow-up, an alert). Not logged as a view of its own: the page's record was.
     */
    public CallerHeader header(long callerId) {
        return headerOf(records.find(Caller.class, callerId));
    }

    private CallerHeader headerOf(Caller caller) {
        LocalDate today = LocalDate.now(HelplineTime.CLOCK);
        List<RiskMark> risks = em.createQuery("select f from RiskFlag f join fetch f.raisedBy left join fetch f.liftedBy "
                + "where f.caller = :caller", RiskFlag.class).setParameter("caller", caller).getResultStream()
                .map(f -> RiskMark.of(f, today)).sorted(RiskMark.MOST_PRESSING_FIRST).toList();
        return new CallerHeader(caller.getId(), caller.getDisplayName(),
                caller.getPhones().stream().map(PhoneNumber::display).toList(), caller.getEmail(), risks);
    }

    /**
     * The most pressing risk flag of each of {@code callerIds} that has one, for a marker on a list's rows:
     * an active flag if any, else the latest expired or lifted one (shown as such). Only callers this user
     * may see are answered for; read in one query for the whole list.
     */
    public Map<Long, RiskMark> riskMarkers(Collection<Long> callerIds) {
        Set<Long> visible = callerAccess.identifiable(callerIds.stream().distinct().toList());
        if (visible.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(HelplineTime.CLOCK);
        Map<Long, RiskMark> top = new HashMap<>();
        em.createQuery("select f from RiskFlag f join fetch f.raisedBy left join fetch f.liftedBy "
                + "where f.caller.id in :ids", RiskFlag.class).setParameter("ids", visible).getResultStream()
                .forEach(f -> top.merge(f.getCaller().getId(), RiskMark.of(f, today),
                        (a, b) -> RiskMark.MOST_PRESSING_FIRST.compare(a, b) <= 0 ? a : b));
        return top;
    }

    /** How many entries the caller's timeline has. */
    public long timelineSize(long callerId) {
        records.find(Caller.class, callerId);
        Object count = em.createNativeQuery("select count(*) from (" + TIMELINE + ") t")
                .setParameter("caller", callerId).getSingleResult();
        return ((Number) count).longValue();
    }

    /**
     * One page of everything that happened with the caller, newest first: contacts, case notes and changes
     * (a case's contacts show once, as contacts), follow-up steps, referral steps and risk flags. Paged in the
     * database; each page then reads its records by kind, a query per kind.
     */
    public List<TimelineEntry> timeline(long callerId, Rows rows) {
        records.find(Caller.class, callerId);
        List<?> found = em.createNativeQuery("select kind, id, at from (" + TIMELINE + ") t "
                + "order by at desc, kind, id desc").setParameter("caller", callerId)
                .setFirstResult(rows.first()).setMaxResults(rows.max()).getResultList();
        Map<String, List<Long>> idsByKind = new HashMap<>();
        List<Object[]> order = new ArrayList<>();
        for (Object row : found) {
            Object[] columns = (Object[]) row;
            String kind = String.valueOf(columns[0]).strip(); // a CHAR(1) may come back as a Character
            idsByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(((Number) columns[1]).longValue());
            order.add(new Object[] {kind, ((Number) columns[1]).longValue()});
        }
        Map<String, TimelineEntry> entries = new HashMap<>();
        load(idsByKind, "C", ids -> em.createQuery("select c from Contact c join fetch c.adviser "
                + "left join fetch c.supportCase where c.id in :ids", Contact.class).setParameter("ids", ids)
                .getResultStream().forEach(c -> entries.put("C" + c.getId(), contact(c))));
        load(idsByKind, "K", ids -> em.createQuery("select e, k from CaseEvent e join e.supportCase k "
                + "where e.id in :ids", Object[].class).setParameter("ids", ids).getResultStream()
                .forEach(r -> entries.put("K" + ((CaseEvent) r[0]).getId(), caseEvent((CaseEvent) r[0], (Case) r[1]))));
        load(idsByKind, "F", ids -> em.createQuery("select e, f from FollowUpEvent e join e.followUp f "
                + "where e.id in :ids", Object[].class).setParameter("ids", ids).getResultStream()
                .forEach(r -> entries.put("F" + ((FollowUpEvent) r[0]).getId(),
                        followUpEvent((FollowUpEvent) r[0], (FollowUp) r[1]))));
        load(idsByKind, "R", ids -> em.createQuery("select e.id, e, r, s.name from ReferralEvent e join e.referral r "
                + "join r.service s where e.id in :ids", Object[].class).setParameter("ids", ids).getResultStream()
                .forEach(r -> entries.put("R" + r[0], referralEvent((Long) r[0], (ReferralEvent) r[1], (Referral) r[2],
                        (String) r[3]))));
        LocalDate today = LocalDate.now(HelplineTime.CLOCK);
        load(idsByKind, "X", ids -> em.createQuery("select f from RiskFlag f join fetch f.raisedBy "
                + "left join fetch f.liftedBy where f.id in :ids", RiskFlag.class).setParameter("ids", ids)
                .getResultStream().forEach(f -> entries.put("X" + f.getId(), flag(f, today))));
        return order.stream().map(o -> entries.get(o[0] + String.valueOf(o[1]))).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The caller's timeline as rows of (kind, id, at): C contacts, K case events other than contacts (which
     * show as contacts), F follow-up events, R referral events, X risk flags. Portable SQL (PostgreSQL and H2);
     * each part is an index look-up by caller.
     */
    private static final String TIMELINE = "select 'C' as kind, c.id as id, c.started_at as at from contact c "
            + "where c.caller_id = :caller "
            + "union all select 'K', e.id, e.occurred_at from case_event e join helpline_case k on k.id = e.case_id "
            + "where k.caller_id = :caller and e.kind <> 'CONTACT' "
            + "union all select 'F', e.id, e.occurred_at from follow_up_event e join follow_up f on f.id = e.follow_up_id "
            + "where f.caller_id = :caller "
            + "union all select 'R', e.id, e.occurred_at from referral_event e join referral r on r.id = e.referral_id "
            + "where r.caller_id = :caller "
            + "union all select 'X', x.id, x.raised_at from risk_flag x where x.caller_id = :caller";

    private static void load(Map<String, List<Long>> idsByKind, String kind, java.util.function.Consumer<List<Long>> reader) {
        List<Long> ids = idsByKind.get(kind);
        if (ids != null && !ids.isEmpty()) {
            reader.accept(ids);
        }
    }

    private static TimelineEntry contact(Contact c) {
        String what = "Contact · " + c.getChannel().getLabel() + ", " + c.getDirection().label().toLowerCase(Locale.UK)
                + (c.getSupportCase() == null ? "" : " · case " + c.getSupportCase().getNumber());
        return new TimelineEntry("C" + c.getId(), TimelineEntry.Kind.CONTACT, c.getStartedAt(), c.getAdviser().getDisplayName(), what,
                c.getSummary(), c.getId(), c.getSupportCase() == null ? null : c.getSupportCase().getId(), null, null);
    }

    private static TimelineEntry caseEvent(CaseEvent e, Case k) {
        String what = switch (e.getKind()) {
            case OPENED -> "Case opened";
            case NOTE -> "Case note";
            case STATUS -> "Case status: " + e.getStatusFrom().label() + " → " + e.getStatusTo().label();
            case REOPENED -> "Case reopened";
            case CLOSED -> "Case closed";
            case REASSIGNED -> "Case handed " + (e.getToOwner() == null ? "to the team queue" : "to " + e.getToOwner().getDisplayName());
            case CONTACT -> "Contact";
        };
        return new TimelineEntry("K" + e.getId(), TimelineEntry.Kind.CASE, e.getOccurredAt(), e.getActor().getDisplayName(),
                what + " · " + k.getNumber(), e.getText(), null, k.getId(), null, null);
    }

    private static TimelineEntry followUpEvent(FollowUpEvent e, FollowUp f) {
        String what = f.getKind().label() + ": " + (e.getKind() == FollowUpEvent.Kind.ATTEMPT
                ? "attempt, " + e.getAttempt().label().toLowerCase(Locale.UK)
                : e.getKind().label().toLowerCase(Locale.UK));
        String text = e.getKind() == FollowUpEvent.Kind.BOOKED ? f.getReason() : e.getText();
        return new TimelineEntry("F" + e.getId(), TimelineEntry.Kind.FOLLOW_UP, e.getOccurredAt(),
                e.getActor() == null ? "Helpline" : e.getActor().getDisplayName(), what, text, null,
                null, f.getId(), null);
    }

    private static TimelineEntry referralEvent(long id, ReferralEvent e, Referral r, String service) {
        String what = "Referral to " + service + ": " + (e.getFrom() == null ? "" : e.getFrom().label() + " → ")
                + e.getTo().label();
        return new TimelineEntry("R" + id, TimelineEntry.Kind.REFERRAL, e.getOccurredAt(), e.getActor().getDisplayName(), what,
                e.getNote(), null, null, null, r.getId());
    }

    private static TimelineEntry flag(RiskFlag f, LocalDate today) {
        RiskMark mark = RiskMark.of(f, today);
        String what = "Risk flag raised: " + mark.summary();
        String text = f.getLiftedAt() == null
                ? (f.getExpiresOn() == null ? null : "Expires " + HelplineTime.day(f.getExpiresOn()))
                : "Lifted " + HelplineTime.timeAndDay(f.getLiftedAt()) + " by " + f.getLiftedBy().getDisplayName()
                        + ": " + f.getLiftReason();
        return new TimelineEntry("X" + f.getId(), TimelineEntry.Kind.RISK_FLAG, f.getRaisedAt(), f.getRaisedBy().getDisplayName(), what,
                text, null, null, null, null);
    }
}
