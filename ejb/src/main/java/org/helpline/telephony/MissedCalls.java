package org.helpline.telephony;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.audit.AccessLog;
import org.helpline.callers.Caller;
import org.helpline.callers.CallerAccess;
import org.helpline.callers.PhoneNumber;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUpForm;
import org.helpline.followups.FollowUpKind;
import org.helpline.followups.FollowUps;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.shared.Rows;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * The calls nobody answered, one row per number so that a caller who tried three times is rung back once:
 * a callback booked in one click, or a batch marked dealt with. Withheld numbers cannot be rung back and
 * are not listed. A caller's name shows only to those who may see who they are.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
@RequiresPermission(Permission.LOG_CONTACT)
public class MissedCalls {

    private static final List<CallOutcome> UNANSWERED = List.of(CallOutcome.MISSED, CallOutcome.ABANDONED,
            CallOutcome.VOICEMAIL);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccess callerAccess;

    @Inject
    AccessLog access;

    @Inject
    CurrentStaff staff;

    @Inject
    FollowUps followUps;

    /** Calls not answered, from a known number, nobody has dealt with yet. */
    private static final String WAITING = " where c.outcome in :unanswered and c.callerNumber is not null and c.handledAt is null";

    /**
     * Numbers with missed calls not yet dealt with, the one waiting longest first: the page of numbers is
     * cut in the database, then only their calls are read.
     */
    public List<MissedNumber> waiting(Rows rows) {
        List<String> numbers = rows.of(em.createQuery("select c.callerNumber from PhoneCall c" + WAITING + " group by c.callerNumber "
                + "order by min(coalesce(c.ringingAt, c.answeredAt, c.endedAt, c.unansweredAt)), c.callerNumber",
                String.class).setParameter("unanswered", UNANSWERED));
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<String, List<PhoneCall>> byNumber = new LinkedHashMap<>();
        numbers.forEach(number -> byNumber.put(number, new ArrayList<>()));
        for (PhoneCall call : waitingCalls(numbers)) {
            byNumber.get(call.getCallerNumber()).add(call);
        }
        Map<String, Known> names = callerNames(byNumber.keySet());
        List<MissedNumber> page = new ArrayList<>();
        byNumber.forEach((number, calls) -> page.add(row(number, calls, names.get(number))));
        return page;
    }

    /** How many numbers have missed calls waiting. */
    public long countWaiting() {
        return em.createQuery("select count(distinct c.callerNumber) from PhoneCall c" + WAITING, Long.class)
                .setParameter("unanswered", UNANSWERED).getSingleResult();
    }

    /**
     * Books a callback to {@code number} due now, in the adviser's own list, and marks its missed calls
     * dealt with. The callback is for the caller with that number if the adviser may see who they are
     * (and only one caller has it); otherwise for the number alone.
     */
    @RequiresPermission(Permission.BOOK_FOLLOW_UP)
    public FollowUp bookCallback(String number) {
        String e164 = number(number);
        List<PhoneCall> calls = waitingCalls(List.of(e164));
        if (calls.isEmpty()) {
            throw new InvalidInputException("number", UserText.of("missedCall.gone",
                    PhoneNumber.display(e164)));
        }
        MissedNumber row = row(e164, calls, null);
        FollowUpForm form = new FollowUpForm();
        form.setKind(FollowUpKind.CALLBACK);
        LocalDateTime now = LocalDateTime.now(HelplineTime.CLOCK);
        form.setDueFrom(now);
        form.setDueUntil(now.plusHours(2));
        form.setNumberToRing(e164);
        form.setReason("Ring back: " + (row.rings() == 1 ? "a call" : row.rings() + " calls") + " not answered on "
                + String.join(", ", row.lines()) + ", the last at " + HelplineTime.timeAndDay(row.lastRang())
                + (row.voicemail() ? " (left a voicemail)" : ""));
        FollowUp callback = followUps.bookForMissedCall(onlyCaller(e164), form);
        UserAccount me = staff.account();
        Instant at = Instant.now();
        calls.forEach(call -> call.callbackBooked(callback, me, at));
        return callback;
    }

    /** Marks the missed calls from these numbers dealt with; answers how many calls that was. */
    public int markHandled(Collection<String> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            throw new InvalidInputException("numbers", UserText.of("missedCall.numbers.required"));
        }
        Set<String> e164 = new LinkedHashSet<>();
        numbers.forEach(n -> e164.add(number(n)));
        List<PhoneCall> calls = waitingCalls(e164);
        UserAccount me = staff.account();
        Instant at = Instant.now();
        calls.forEach(call -> call.handled(me, at));
        return calls.size();
    }

    private List<PhoneCall> waitingCalls(Collection<String> numbers) {
        return em.createQuery("select c from PhoneCall c left join fetch c.line" + WAITING
                + " and c.callerNumber in :numbers order by c.id", PhoneCall.class)
                .setParameter("unanswered", UNANSWERED).setParameter("numbers", numbers).getResultList();
    }

    private static MissedNumber row(String number, List<PhoneCall> calls, Known known) {
        Set<String> lines = new TreeSet<>();
        Instant first = null;
        Instant last = null;
        boolean voicemail = false;
        for (PhoneCall call : calls) {
            lines.add(call.getLine() != null ? call.getLine().getLabel()
                    : call.getDialledNumber() != null ? call.getDialledNumber() : "an unknown line");
            Instant rang = call.firstKnownAt();
            first = first == null || rang.isBefore(first) ? rang : first;
            last = last == null || rang.isAfter(last) ? rang : last;
            voicemail |= call.getOutcome() == CallOutcome.VOICEMAIL;
        }
        return new MissedNumber(number, calls.size(), first, last, List.copyOf(lines), voicemail,
                known == null ? null : known.names(), known == null ? List.of() : known.callerIds());
    }

    /** The callers with one number whom the adviser may see: their names joined, and their ids. */
    private record Known(String names, List<Long> callerIds) {
    }

    /** The names of the callers with these numbers whom the adviser may see, logged as listed. */
    private Map<String, Known> callerNames(Set<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        List<Object[]> found = em.createQuery("select c.id, c.fullName, p from Caller c join c.phones p "
                + "where p in :numbers", Object[].class).setParameter("numbers", numbers).getResultList();
        Set<Long> identifiable = callerAccess.identifiable(found.stream().map(r -> (Long) r[0]).toList());
        Map<String, Set<String>> names = new TreeMap<>();
        Map<String, List<Long>> ids = new TreeMap<>();
        List<Long> shown = new ArrayList<>();
        for (Object[] r : found) {
            if (identifiable.contains((Long) r[0])) {
                names.computeIfAbsent((String) r[2], n -> new TreeSet<>()).add(r[1] != null ? (String) r[1] : "Caller " + r[0]);
                ids.computeIfAbsent((String) r[2], n -> new ArrayList<>()).add((Long) r[0]);
                shown.add((Long) r[0]);
            }
        }
        access.listed("missed calls", shown);
        Map<String, Known> joined = new TreeMap<>();
        names.forEach((number, who) -> joined.put(number, new Known(String.join(" or ", who), List.copyOf(ids.get(number)))));
        return joined;
    }

    /** The one caller with this number whom the adviser may see, if exactly one. */
    private Caller onlyCaller(String e164) {
        List<Caller> callers = em.createQuery("select distinct c from Caller c join c.phones p where p = :number",
                Caller.class).setParameter("number", e164).getResultList();
        Set<Long> identifiable = callerAccess.identifiable(callers.stream().map(Caller::getId).toList());
        List<Caller> visible = callers.stream().filter(c -> identifiable.contains(c.getId())).toList();
        return visible.size() == 1 ? visible.get(0) : null;
    }

    private static String number(String typed) {
        return PhoneNumber.tryNormalise(typed).orElseThrow(() -> new InvalidInputException("number",
                UserText.of("missedCall.number.format")));
    }
}
