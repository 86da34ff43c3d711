package org.helpline.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.helpline.callers.CallerType;
import org.helpline.calls.Channel;
import org.helpline.calls.Direction;
import org.helpline.email.EmailTargets;
import org.helpline.email.EmailWaits;
import org.helpline.email.WorkingHours;
import org.helpline.calls.Direction;
import org.helpline.calls.HelplineLine;
import org.helpline.calls.Outcome;
import org.helpline.referrals.ReferralOutcome;
import org.helpline.referrals.ReferralStatus;
import org.helpline.reporting.ReportRow.Unit;
import org.helpline.resources.SupportService;
import org.helpline.safeguarding.RiskKind;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;
import org.helpline.topics.Topic;

/**
 * Computes the monthly report from the contacts themselves, for a month and the two months it is
 * compared with. Every figure is a count in the database by the rule written beside it.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.MANAGER})
@RequiresPermission(Permission.VIEW_REPORTS)
public class MonthlyReport {

    static final String MONTH_RULE = "A contact counts in the month its start time falls in, in the helpline's "
            + "time zone (Europe/London), so months with a clock change count correctly.";

    /**
     * The attribution rule every work section follows (issue 27), so that a month's work sits beside the
     * contacts it came from however late it was keyed.
     */
    static final String WORK_RULE = "Work raised with a contact (a case, follow-up, referral or risk flag) counts in "
            + "that contact's month, even when keyed later; work raised on its own counts when it was raised; "
            + "outcomes (closed, completed, escalated, signed off) count when they happened.";

    @PersistenceContext
    EntityManager em;

    @Inject
    EmailTargets emailTargets;

    /**
     * The report as readers see it: for a published month the figures as published, with how many of the
     * month's records changed since and, if any did, the figures recomputed now; otherwise as they stand.
     */
    public ReportView view(YearMonth month, String lineCode) {
        Line line = checkedLine(month, lineCode);
        Optional<ReportSnapshot> snapshot = em.createQuery("select s from ReportSnapshot s left join fetch s.publishedBy "
                + "where s.month = :month and s.scope = :scope", ReportSnapshot.class)
                .setParameter("month", month.toString()).setParameter("scope", ReportSnapshot.scopeOf(line.code()))
                .getResultStream().findFirst();
        if (snapshot.isEmpty()) {
            return new ReportView(figures(month, line), null, null, 0);
        }
        ReportSnapshot published = snapshot.get();
        long changed = changedSince(new Period(month, line.code(), line.id()), published.getPublishedAt());
        return new ReportView(published.figures(), new ReportView.Publication(published.getPublishedAt(),
                published.getPublishedBy().map(UserAccount::getDisplayName).orElse("the monthly schedule")),
                changed == 0 ? null : figures(month, line), changed);
    }

    /** A published month (all lines) with records logged or changed since it was published. */
    public record ChangedMonth(YearMonth month, Instant publishedAt, long changed) implements java.io.Serializable {
    }

    /**
     * The published months whose records changed after publication, newest first, for managers to look at:
     * the published figures stand, and each month's page shows what differs.
     */
    public List<ChangedMonth> changedSincePublication() {
        List<ChangedMonth> changed = new ArrayList<>();
        for (Object[] s : em.createQuery("select s.month, s.publishedAt from ReportSnapshot s where s.scope = :all "
                + "order by s.month desc", Object[].class).setParameter("all", ReportSnapshot.ALL_LINES).getResultList()) {
            YearMonth month = YearMonth.parse((String) s[0]);
            long count = changedSince(new Period(month, null, null), (Instant) s[1]);
            if (count > 0) {
                changed.add(new ChangedMonth(month, (Instant) s[1], count));
            }
        }
        return changed;
    }

    /**
     * How many of the month's records were logged or changed after {@code since} in a way its figures can
     * show: contacts started in it (logged or corrected since), cases and follow-ups dated in it and opened or
     * booked since (or closed, completed or escalated in it since), referrals made or completed in it (made or
     * moved on since: "where they stand now" counts their status today), risk flags raised since on its
     * contacts, and safeguarding alerts signed off in it since.
     */
    private long changedSince(Period p, Instant since) {
        String onLine = p.line() == null ? "" : " and x.line.id = :line";
        long changed = p.bind(em.createQuery("select count(x) from Contact x where x.startedAt >= :from and "
                + "x.startedAt < :to and (x.loggedAt > :since or x.updatedAt > :since)" + onLine, Long.class))
                .setParameter("since", since).getSingleResult();
        String caseOnLine = p.line() == null ? "" : " and exists (select c from Contact c where c.supportCase = x "
                + "and c.line.id = :line)";
        // A case or follow-up of the month moves its figures when it is opened or booked after publication; what
        // happens to it later (a note, a claim, a failed attempt) does not, unless it closes or completes in the month.
        changed += p.bind(em.createQuery("select count(x) from HelplineCase x where ((x.datedAt >= :from and "
                + "x.datedAt < :to and x.openedAt > :since) or (x.closedAt >= :from and x.closedAt < :to "
                + "and x.updatedAt > :since))" + caseOnLine, Long.class)).setParameter("since", since).getSingleResult();
        String viaContact = p.line() == null ? "" : " and x.contact.line.id = :line";
        changed += p.bind(em.createQuery("select count(x) from FollowUp x where ((x.datedAt >= :from and x.datedAt < :to "
                + "and x.bookedAt > :since) or (((x.completedAt >= :from and x.completedAt < :to) or (x.escalatedAt >= :from "
                + "and x.escalatedAt < :to)) and x.updatedAt > :since))" + viaContact, Long.class))
                .setParameter("since", since).getSingleResult();
        changed += p.bind(em.createQuery("select count(x) from Referral x where ((x.datedAt >= :from and "
                + "x.datedAt < :to) or exists (select e from ReferralEvent e where e.referral = x and e.to = "
                + "org.helpline.referrals.ReferralStatus.COMPLETED and e.occurredAt >= :from and e.occurredAt < :to)) "
                + "and x.updatedAt > :since" + viaContact, Long.class))
                .setParameter("since", since).getSingleResult();
        changed += p.bind(em.createQuery("select count(x) from RiskFlag x where x.contact.startedAt >= :from and "
                + "x.contact.startedAt < :to and x.raisedAt > :since" + viaContact, Long.class))
                .setParameter("since", since).getSingleResult();
        String alertOnLine = p.line() == null ? "" : " and x.riskFlag.contact.line.id = :line";
        changed += p.bind(em.createQuery("select count(x) from SafeguardingAlert x where x.signedOffAt >= :from and "
                + "x.signedOffAt < :to and x.signedOffAt > :since" + alertOnLine, Long.class))
                .setParameter("since", since).getSingleResult();
        return changed;
    }

    /** A line a report is narrowed to, by code and id; both null for all lines. */
    private record Line(String code, Long id) {
    }

    /** The line asked for, once the month and line are known to be good. */
    private Line checkedLine(YearMonth month, String lineCode) {
        if (month == null) {
            throw new InvalidInputException("month", UserText.of("month.required"));
        }
        if (lineCode == null || lineCode.isBlank()) {
            return new Line(null, null);
        }
        Long id = em.createQuery("select l.id from HelplineLine l where l.code = :c", Long.class)
                .setParameter("c", lineCode).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("line", UserText.of("report.line.unknown")));
        return new Line(lineCode, id);
    }

    /** The report for {@code month}, on the line with {@code lineCode}, or on all lines when it is blank, as it stands. */
    public MonthlyFigures figures(YearMonth month, String lineCode) {
        return figures(month, checkedLine(month, lineCode));
    }

    private MonthlyFigures figures(YearMonth month, Line checked) {
        String line = checked.code();
        Long lineId = checked.id();
        List<Period> periods = List.of(new Period(month, line, lineId), new Period(month.minusMonths(1), line, lineId),
                new Period(month.minusYears(1), line, lineId));
        List<Channel> channels = em.createQuery("select x from Channel x order by x.sortOrder", Channel.class)
                .getResultList();
        List<HelplineLine> lines = em.createQuery("select x from HelplineLine x order by x.sortOrder", HelplineLine.class)
                .getResultList();
        List<CallerType> callerTypes = em.createQuery("select x from CallerType x order by x.sortOrder", CallerType.class)
                .getResultList();
        List<Outcome> outcomes = em.createQuery("select x from Outcome x order by x.sortOrder", Outcome.class)
                .getResultList();
        List<Topic> topics = em.createQuery("select t from Topic t left join fetch t.parent order by t.sortOrder, t.label",
                Topic.class).getResultList();
        Map<Long, String> topLevel = new HashMap<>();
        topics.forEach(t -> topLevel.put(t.getId(), (t.getParent() == null ? t : t.getParent()).getCode()));
        ContactTally.Codes codes = new ContactTally.Codes(ids(channels, Channel::getId, Channel::getCode),
                ids(lines, HelplineLine::getId, HelplineLine::getCode), ids(callerTypes, CallerType::getId,
                        CallerType::getCode), ids(outcomes, Outcome::getId, Outcome::getCode),
                ids(topics, Topic::getId, Topic::getCode), topLevel);
        List<ContactTally> tallies = periods.stream().map(p -> tally(p, codes)).toList();

        List<ReportSection> sections = new ArrayList<>();
        sections.add(section("contacts", "Contacts", MONTH_RULE + " Non-data contacts are silent calls, wrong "
                + "numbers, hang-ups, abusive and test calls.", tallies, t -> t.contactKinds,
                List.of(new Label("all", "All contacts"), new Label("data", "Data contacts"),
                        new Label("non-data", "Non-data contacts"))));
        sections.add(section("channel", "By channel", "All contacts.", tallies, t -> t.channel,
                labels(channels, Channel::getCode, Channel::getLabel)));
        sections.add(section("direction", "By direction", "All contacts.", tallies, t -> t.direction, List.of(
                new Label(Direction.INBOUND.name(), "Inbound"), new Label(Direction.OUTBOUND.name(), "Outbound"))));
        sections.add(section("line", "By line", "All contacts.", tallies, t -> t.line,
                labels(lines.stream().filter(l -> line == null || l.getCode().equals(line)).toList(),
                        HelplineLine::getCode, HelplineLine::getLabel)));
        sections.add(section("callerType", "By who called", "Data contacts, by how the caller described themselves.",
                tallies, t -> t.callerType, labels(callerTypes, CallerType::getCode, CallerType::getLabel)));
        List<Topic> topLevelTopics = topics.stream().filter(t -> t.getParent() == null).toList();
        sections.add(section("topic", "By topic", "Data contacts about each topic. A contact about several "
                + "subtopics of one topic counts once under it; a contact about two topics counts under each.",
                tallies, ContactTally::topic, labels(topLevelTopics, Topic::getCode, Topic::getLabel)));
        List<Label> subtopics = new ArrayList<>();
        for (Topic top : topLevelTopics) {
            subtopics.add(new Label(top.getCode(), top.getLabel() + " (the topic itself)"));
            topics.stream().filter(sub -> sub.getParent() == top).forEach(sub -> subtopics.add(
                    new Label(sub.getCode(), top.getLabel() + " › " + sub.getLabel())));
        }
        sections.add(section("subtopic", "By subtopic", "Data contacts tagged with each subtopic (or with the "
                + "top-level topic itself).", tallies, t -> t.subtopic, subtopics));
        sections.add(section("outcome", "By outcome", "Data contacts, by their recorded outcome.", tallies,
                t -> t.outcome, labels(outcomes, Outcome::getCode, Outcome::getLabel)));
        List<Map<String, Long>> callers = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            callers.add(tallies.get(i).callers(newCallers(periods.get(i))));
        }
        sections.add(section("callers", "Callers", "Unique callers had at least one contact in the month. A "
                + "repeat caller had a contact (on any line) before the month; a new caller did not. Anonymous "
                + "contacts are data contacts with no caller record kept.", callers, List.of(
                        new Label("unique", "Unique callers"), new Label("new", "New callers"),
                        new Label("repeat", "Repeat callers"), new Label("anonymous", "Anonymous contacts"))));
        sections.add(section("handling", "Handling time", "Data contacts, from the duration recorded. "
                + "The median is the middle duration (the mean of the two middle ones when there is an even number).",
                tallies, ContactTally::handling, List.of(new Label("average", "Average", Unit.SECONDS),
                        new Label("median", "Median", Unit.SECONDS))));
        sections.add(section("cases", "Cases", WORK_RULE + " A case counts as opened in the month of the contact it was opened "
                + "with; closed when it was closed. Open at month end: opened by then and not closed by then. "
                + "With a line chosen: cases with a contact on that line.", periods, this::cases, List.of(new Label("opened", "Opened"),
                        new Label("closed", "Closed"), new Label("openAtEnd", "Open at month end"))));
        sections.add(section("followUps", "Follow-ups", "Booked: a follow-up booked on a contact counts in the "
                + "contact's month, one booked on its own (or by a referral's schedule) when it was booked. "
                + "Completed in the month: on time (by the end of its window, never escalated), late, or after it "
                + "was escalated to supervisors; escalated in the month. With a line chosen: follow-ups booked on "
                + "a contact on that line. The on-time share is of all completed in the month.", periods,
                this::followUps, List.of(new Label("booked", "Booked"), new Label("onTime", "Completed on time"),
                        new Label("late", "Completed late"),
                        new Label("afterEscalation", "Completed after escalation"),
                        new Label("onTimeShare", "Completed on time (share)", Unit.PERCENT),
                        new Label("escalated", "Escalated"))));
        List<Label> services = labels(em.createQuery("select s from SupportService s order by s.name",
                SupportService.class).getResultList(), SupportService::getCode, SupportService::getName);
        sections.add(section("referrals", "Referrals", "A referral made about a contact counts in the contact's "
                + "month, one made from a case or a caller's page when it was made; completed counts when it was "
                + "completed. Referrals made equals the total by service and by where they stand; contacts "
                + "referred is the number of the month's contacts with at least one referral. With a line chosen: "
                + "referrals about contacts on that line.", periods, this::referrals, List.of(
                        new Label("made", "Referrals made"), new Label("withContact", "Made about a contact"),
                        new Label("onOwn", "Made from a case or caller's page"),
                        new Label("contacts", "Contacts referred"), new Label("completed", "Completed"))));
        sections.add(section("referralService", "Referrals by service", "Referrals made in the month, by the date "
                + "rule above.", periods,
                p -> groupOver(p, "Referral r join r.service s", "r.datedAt", "r.contact", "s.code", ""),
                services));
        sections.add(withoutEmptyRows(section("referralEnrolment", "Enrolment by service", "Referrals made in the month that "
                + "have been enrolled on the service since (including those that went on to complete it), as a "
                + "share of all referrals made to it in the month. Services with no referrals in any of the three "
                + "months are left out.", periods, this::enrolment,
                services.stream().map(l -> new Label(l.code(), l.label(), Unit.PERCENT)).toList())));
        sections.add(section("referralStatus", "Where referrals stand now", "Referrals made in the "
                + "month, by their status today.", periods,
                p -> groupOver(p, "Referral r", "r.datedAt", "r.contact", "r.status", ""),
                Arrays.stream(ReferralStatus.values()).map(st -> new Label(st.name(), st.label())).toList()));
        sections.add(section("referralOutcome", "Outcomes of completed referrals", "Referrals completed in the "
                + "month (whenever they were made), by how much they helped.", periods,
                p -> groupOver(p, "Referral r join r.history e", "e.occurredAt", "r.contact", "r.outcome",
                        "e.to = org.helpline.referrals.ReferralStatus.COMPLETED and r.outcome is not null"),
                Arrays.stream(ReferralOutcome.values()).map(o -> new Label(o.name(), o.label())).toList()));
        sections.add(section("risk", "Risk flags raised", "Flags raised about the month's contacts (counted in the "
                + "month the contact started, whenever the flag was keyed), by kind.", periods,
                p -> groupOver(p, "RiskFlag f join f.contact fc", "fc.startedAt", "fc", "f.kind", ""),
                Arrays.stream(RiskKind.values()).map(k -> new Label(k.name(), k.label())).toList()));
        sections.add(section("signOff", "Safeguarding sign-off", "Alerts signed off in the month, and the median "
                + "minutes from the alert to its sign-off.", periods, this::signOffs, List.of(
                        new Label("signedOff", "Signed off"), new Label("medianMinutes", "Median time to sign-off", Unit.MINUTES))));
        if (line == null) {
            sections.add(section("emails", "Email enquiries", "Emails are not on a phone line: this section counts all "
                    + "the helpline's email, and only the report for all lines has it. Received: emails that arrived in "
                    + "the month (UK time), automatic ones (out-of-office replies, mailing lists) among them. Answered: "
                    + "replies advisers sent in the month; the automatic acknowledgement is not a reply. An automatic email "
                    + "starts no wait. Time to first "
                    + "reply counts working hours only (" + emailTargets.hours().opens() + " to "
                    + emailTargets.hours().closes() + ", Monday to Friday, UK time) from the email that left someone "
                    + "waiting to the first reply an adviser sent, for waits that began in the month; the 90th "
                    + "percentile is the time nine in ten were answered within. Within target: answered within "
                    + EmailWaits.targetText(emailTargets) + ".", periods, this::emails, List.of(
                            new Label("received", "Emails received"),
                            new Label("automatic", "of which automatic"),
                            new Label("enquiries", "New enquiries"),
                            new Label("answered", "Replies sent"),
                            new Label("waits", "Waits begun in the month"),
                            new Label("notAnswered", "of which not yet answered"),
                            new Label("medianReply", "Median time to first reply", Unit.MINUTES),
                            new Label("p90Reply", "90th percentile time to first reply", Unit.MINUTES),
                            new Label("withinTarget", "Answered within target", Unit.PERCENT))));
        }
        return new MonthlyFigures(month, line, sections, tallies.get(0).heatMap(), trend(month, checked, channels));
    }

    /**
     * The month's email: received, new enquiries, replies sent, and each wait that began in the month (an email
     * that arrived when nobody owed the correspondent an answer; an automatic one, an out-of-office, owes nothing)
     * measured to the first reply an adviser sent, in working hours. A wait's later emails start no wait of their own.
     */
    private Map<String, Long> emails(Period p) {
        Map<String, Long> counts = new HashMap<>();
        Object[] received = p.bindRange(em.createQuery("select count(m), "
                + "coalesce(sum(case when m.autoSubmitted = true then 1 else 0 end), 0) from EmailMessage m "
                + "where m.direction = :in and m.receivedAt >= :from and m.receivedAt < :to", Object[].class))
                .setParameter("in", Direction.INBOUND).getSingleResult();
        counts.put("received", ((Number) received[0]).longValue());
        counts.put("automatic", ((Number) received[1]).longValue());
        counts.put("enquiries", p.bindRange(em.createQuery("select count(t) from EmailThread t "
                + "where t.openedAt >= :from and t.openedAt < :to", Long.class)).getSingleResult());
        counts.put("answered", p.bindRange(em.createQuery("select count(m) from EmailMessage m where m.direction = :out "
                + "and m.autoSubmitted = false and m.receivedAt >= :from and m.receivedAt < :to", Long.class))
                .setParameter("out", Direction.OUTBOUND).getSingleResult());
        List<Object[]> messages = p.bindRange(em.createQuery("select m.thread.id, m.direction, m.autoSubmitted, "
                + "m.receivedAt from EmailMessage m where m.thread.id in (select i.thread.id from EmailMessage i "
                + "where i.direction = :in and i.receivedAt >= :from and i.receivedAt < :to) "
                + "order by m.thread.id, m.receivedAt, m.id", Object[].class)).setParameter("in", Direction.INBOUND)
                .getResultList();
        WorkingHours hours = emailTargets.hours();
        long targetMinutes = emailTargets.target().toMinutes();
        List<Long> minutes = new ArrayList<>();
        long waits = 0;
        long open = 0;
        Long thread = null;
        Instant waitingSince = null;
        for (Object[] m : messages) {
            if (!m[0].equals(thread)) {
                open += inMonth(waitingSince, p) ? 1 : 0;
                thread = (Long) m[0];
                waitingSince = null;
            }
            Instant at = (Instant) m[3];
            if (m[1] == Direction.INBOUND && !((Boolean) m[2]) && waitingSince == null) {
                waitingSince = at;
                waits += inMonth(at, p) ? 1 : 0;
            } else if (m[1] == Direction.OUTBOUND && !((Boolean) m[2]) && waitingSince != null) {
                if (inMonth(waitingSince, p)) {
                    minutes.add(hours.between(waitingSince, at).toMinutes());
                }
                waitingSince = null;
            }
        }
        open += inMonth(waitingSince, p) ? 1 : 0;
        counts.put("waits", waits);
        counts.put("notAnswered", open);
        Collections.sort(minutes);
        if (!minutes.isEmpty()) {
            counts.put("medianReply", median(minutes));
            counts.put("p90Reply", minutes.get((int) Math.ceil(minutes.size() * 0.9) - 1));
        }
        counts.put("withinTarget", Unit.share(minutes.stream().filter(x -> x <= targetMinutes).count(), minutes.size()));
        return counts;
    }

    private static boolean inMonth(Instant at, Period p) {
        return at != null && !at.isBefore(p.from()) && at.isBefore(p.to());
    }

    /** Contacts by channel in each of the thirteen months up to {@code month}, a grouped count a month. */
    private Trend trend(YearMonth month, Line line, List<Channel> channels) {
        List<YearMonth> months = new ArrayList<>();
        List<Map<Long, Long>> counts = new ArrayList<>();
        for (int back = Trend.MONTHS - 1; back >= 0; back--) {
            YearMonth m = month.minusMonths(back);
            Period p = new Period(m, line.code(), line.id());
            Map<Long, Long> byChannel = new HashMap<>();
            p.bind(em.createQuery("select c.channel.id, count(c) from Contact c where " + p.where()
                    + " group by c.channel.id", Object[].class)).getResultList()
                    .forEach(r -> byChannel.put((Long) r[0], (Long) r[1]));
            months.add(m);
            counts.add(byChannel);
        }
        List<Trend.Series> series = channels.stream()
                .map(ch -> new Trend.Series(ch.getCode(), ch.getLabel(),
                        counts.stream().map(byChannel -> byChannel.getOrDefault(ch.getId(), 0L)).toList()))
                .filter(one -> one.counts().stream().anyMatch(n -> n > 0)).toList();
        return new Trend(months, series);
    }

    /**
     * The period's contacts read once, a row for each of their topics (or one row for a contact without),
     * with the ids of what they refer to rather than joins, and added up.
     */
    private ContactTally tally(Period p, ContactTally.Codes codes) {
        ContactTally tally = new ContactTally(codes);
        p.bind(em.createQuery("select c.id, c.startedAt, c.channel.id, c.direction, c.line.id, c.callerType.id, "
                + "c.outcome.id, c.nonDataKind, c.caller.id, c.durationSeconds, t.id from Contact c left join c.topics t "
                + "where " + p.where(), Object[].class)).getResultStream()
                .forEach(r -> tally.add((Long) r[0], (Instant) r[1], (Long) r[2], r[3], (Long) r[4], (Long) r[5],
                        (Long) r[6], r[7] == null, (Long) r[8], (Integer) r[9], (Long) r[10]));
        return tally;
    }

    /** Callers with a contact in the period and none before it. */
    private long newCallers(Period p) {
        return p.bind(em.createQuery("select count(distinct c.caller) from Contact c where " + p.where()
                + " and c.caller is not null and not exists (select e from Contact e where e.caller = c.caller "
                + "and e.startedAt < :from)", Long.class)).getSingleResult();
    }

    private Map<String, Long> cases(Period p) {
        String onLine = p.line() == null ? "" : " and exists (select c from Contact c where c.supportCase = k "
                + "and c.line.id = :line)";
        Map<String, Long> counts = new HashMap<>();
        counts.put("opened", p.bindRange(em.createQuery("select count(k) from HelplineCase k where k.datedAt >= :from "
                + "and k.datedAt < :to" + onLine, Long.class)).getSingleResult());
        counts.put("closed", p.bindRange(em.createQuery("select count(k) from HelplineCase k where k.closedAt >= :from "
                + "and k.closedAt < :to" + onLine, Long.class)).getSingleResult());
        counts.put("openAtEnd", p.bindEnd(em.createQuery("select count(k) from HelplineCase k where k.datedAt < :to "
                + "and (k.closedAt is null or k.closedAt >= :to)" + onLine, Long.class)).getSingleResult());
        return counts;
    }

    private Map<String, Long> followUps(Period p) {
        String onLine = p.line() == null ? "" : " and f.contact.line.id = :line";
        Map<String, Long> counts = new HashMap<>();
        counts.put("booked", p.bindRange(em.createQuery("select count(f) from FollowUp f where f.datedAt >= :from "
                + "and f.datedAt < :to" + onLine, Long.class)).getSingleResult());
        String completed = "select count(f) from FollowUp f where f.completedAt >= :from and f.completedAt < :to";
        counts.put("onTime", p.bindRange(em.createQuery(completed + " and f.escalatedAt is null "
                + "and f.completedAt <= f.dueUntil" + onLine, Long.class)).getSingleResult());
        counts.put("late", p.bindRange(em.createQuery(completed + " and f.escalatedAt is null "
                + "and f.completedAt > f.dueUntil" + onLine, Long.class)).getSingleResult());
        counts.put("afterEscalation", p.bindRange(em.createQuery(completed + " and f.escalatedAt is not null"
                + onLine, Long.class)).getSingleResult());
        counts.put("onTimeShare", Unit.share(counts.get("onTime"),
                counts.get("onTime") + counts.get("late") + counts.get("afterEscalation")));
        counts.put("escalated", p.bindRange(em.createQuery("select count(f) from FollowUp f where f.escalatedAt >= :from "
                + "and f.escalatedAt < :to" + onLine, Long.class)).getSingleResult());
        return counts;
    }

    private Map<String, Long> referrals(Period p) {
        String onLine = p.line() == null ? "" : " and r.contact.line.id = :line";
        String made = "select count(r) from Referral r where r.datedAt >= :from and r.datedAt < :to";
        Map<String, Long> counts = new HashMap<>();
        counts.put("made", p.bindRange(em.createQuery(made + onLine, Long.class)).getSingleResult());
        counts.put("withContact", p.bindRange(em.createQuery(made + " and r.contact is not null" + onLine,
                Long.class)).getSingleResult());
        counts.put("onOwn", counts.get("made") - counts.get("withContact"));
        counts.put("contacts", p.bindRange(em.createQuery("select count(distinct r.contact) from Referral r "
                + "where r.datedAt >= :from and r.datedAt < :to and r.contact is not null" + onLine, Long.class))
                .getSingleResult());
        counts.put("completed", p.bindRange(em.createQuery("select count(r) from Referral r join r.history e "
                + "where e.to = org.helpline.referrals.ReferralStatus.COMPLETED and e.occurredAt >= :from "
                + "and e.occurredAt < :to" + onLine, Long.class)).getSingleResult());
        return counts;
    }

    private Map<String, Long> enrolment(Period p) {
        Map<String, Long> made = groupOver(p, "Referral r join r.service s", "r.datedAt", "r.contact", "s.code", "");
        Map<String, Long> enrolled = groupOver(p, "Referral r join r.service s", "r.datedAt", "r.contact", "s.code",
                "exists (select e from ReferralEvent e where e.referral = r and e.to = org.helpline.referrals."
                        + "ReferralStatus.ENROLLED)");
        Map<String, Long> shares = new HashMap<>();
        made.forEach((service, count) -> shares.put(service, Unit.share(enrolled.getOrDefault(service, 0L), count)));
        return shares;
    }

    private Map<String, Long> signOffs(Period p) {
        String onLine = p.line() == null ? "" : " and a.riskFlag.contact.line.id = :line";
        // The two times only: loading the alerts would fetch each one's risk flag in a query of its own.
        List<Long> minutes = p.bindRange(em.createQuery("select a.raisedAt, a.signedOffAt from SafeguardingAlert a "
                + "where a.signedOffAt >= :from and a.signedOffAt < :to" + onLine, Object[].class)).getResultList()
                .stream().map(t -> java.time.Duration.between((Instant) t[0], (Instant) t[1]).toMinutes()).sorted()
                .toList();
        Map<String, Long> counts = new HashMap<>();
        counts.put("signedOff", (long) minutes.size());
        if (!minutes.isEmpty()) {
            counts.put("medianMinutes", median(minutes));
        }
        return counts;
    }

    /** The middle of sorted, non-empty {@code values}; the mean of the two middle ones, rounded, when even. */
    static long median(List<? extends Number> values) {
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2).longValue()
                : Math.round((values.get(n / 2 - 1).doubleValue() + values.get(n / 2).doubleValue()) / 2.0);
    }

    /** Counts of {@code entity} (with its alias and joins) whose {@code time} falls in the period, by {@code key}. */
    private Map<String, Long> groupOver(Period p, String entity, String time, String contact, String key, String condition) {
        Map<String, Long> counts = new HashMap<>();
        String where = time + " >= :from and " + time + " < :to"
                + (p.line() == null ? "" : " and " + contact + ".line.id = :line")
                + (condition.isEmpty() ? "" : " and " + condition);
        for (Object[] row : p.bind(em.createQuery("select " + key + ", count(*) from " + entity + " where " + where
                + " group by " + key, Object[].class)).getResultList()) {
            counts.put(row[0] instanceof Enum<?> e ? e.name() : String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** What a report covers, as its heading names it: "all lines", or the line's name among {@code lines}. */
    public static String scopeName(List<HelplineLine> lines, String lineCode) {
        return lineCode == null ? "all lines" : lines.stream().filter(l -> l.getCode().equals(lineCode))
                .map(HelplineLine::getLabel).findFirst().orElse(lineCode);
    }

    /** The lines a report can be narrowed to. */
    public List<HelplineLine> lines() {
        return em.createQuery("select l from HelplineLine l order by l.sortOrder, l.label", HelplineLine.class)
                .getResultList();
    }

    /**
     * A month of contacts, on one line ({@code line} its code, {@code lineId} what queries compare: by id the
     * planner can use the indexes on line_id) or all (both null). Package-private for its unit test.
     */
    record Period(Instant from, Instant to, String line, Long lineId) {

        Period(YearMonth month, String line, Long lineId) {
            this(month.atDay(1).atStartOfDay(HelplineTime.ZONE).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(HelplineTime.ZONE).toInstant(), line, lineId);
        }

        String where() {
            return "c.startedAt >= :from and c.startedAt < :to" + (line == null ? "" : " and c.line.id = :line");
        }

        /** Binds from, to and the line for a query whose conditions use all three. */
        <T> TypedQuery<T> bindRange(TypedQuery<T> query) {
            return bind(query);
        }

        /** Binds the month's end and the line, for "as at month end" figures. */
        <T> TypedQuery<T> bindEnd(TypedQuery<T> query) {
            query.setParameter("to", to);
            if (line != null) {
                query.setParameter("line", lineId);
            }
            return query;
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            query.setParameter("from", from).setParameter("to", to);
            if (line != null) {
                query.setParameter("line", lineId);
            }
            return query;
        }
    }

    private record Label(String code, String label, Unit unit) {

        Label(String code, String label) {
            this(code, label, Unit.COUNT);
        }

        /** What a period without this figure shows: no contacts is 0 contacts, but no median is no figure. */
        long absent() {
            return unit == Unit.COUNT ? 0 : ReportRow.NONE;
        }
    }

    private static <T> List<Label> labels(List<T> items, Function<T, String> code, Function<T, String> label) {
        return items.stream().map(item -> new Label(code.apply(item), label.apply(item))).toList();
    }

    private static <P> ReportSection section(String key, String title, String rule, List<P> periods,
            Function<P, Map<String, Long>> counting, List<Label> labels) {
        return section(key, title, rule, periods.stream().map(counting).toList(), labels);
    }

    /** A section of {@code labels}, with the counts for the month, the month before and a year before. */
    private static ReportSection section(String key, String title, String rule, List<Map<String, Long>> counts,
            List<Label> labels) {
        List<ReportRow> rows = labels.stream().map(l -> new ReportRow(l.code(), l.label(),
                counts.get(0).getOrDefault(l.code(), l.absent()), counts.get(1).getOrDefault(l.code(), l.absent()),
                counts.get(2).getOrDefault(l.code(), l.absent()), l.unit()))
                .toList();
        return new ReportSection(key, title, rule, rows);
    }

    /** The section without rows that have no figure in any of the three months. */
    private static ReportSection withoutEmptyRows(ReportSection section) {
        return new ReportSection(section.key(), section.title(), section.rule(), section.rows().stream()
                .filter(r -> Arrays.stream(r.values()).anyMatch(v -> v != ReportRow.NONE)).toList());
    }

    private static <T> Map<Long, String> ids(List<T> items, Function<T, Long> id, Function<T, String> code) {
        Map<Long, String> codes = new HashMap<>();
        items.forEach(item -> codes.put(id.apply(item), code.apply(item)));
        return codes;
    }
}
