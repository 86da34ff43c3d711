package org.helpline.followups;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helpline.audit.AccessLog;
import org.helpline.callers.Caller;
import org.helpline.callers.CallerAccess;
import org.helpline.callers.CallerRecords;
import org.helpline.calls.Contact;
import org.helpline.cases.Case;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.shared.Rows;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputsException;
import org.helpline.shared.UserText;
import org.helpline.shared.forms.FieldRefusal;
import org.helpline.shared.NotFoundException;

/**
 * Booking, claiming and working follow-ups, and escalating those not done. Each change names the
 * version the adviser saw; a change made meanwhile by someone else is reported, not overwritten.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
@RequiresPermission(Permission.WORK_FOLLOW_UP)
public class FollowUps {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog access;

    @Inject
    CallerRecords records;

    @Inject
    CallerAccess callerAccess;

    @Inject
    CurrentStaff staff;

    @Inject
    Validator validator;

    @Inject
    @ConfigProperty(name = "helpline.followups.max-failed-attempts", defaultValue = "3")
    int maxFailedAttempts;

    @Inject
    @ConfigProperty(name = "helpline.followups.overdue-grace", defaultValue = "PT2H")
    Duration overdueGrace;

    /** Books a follow-up promised on a contact (and its case and caller, if it has them). */
    @RequiresPermission(Permission.BOOK_FOLLOW_UP)
    public FollowUp bookFor(Contact contact, FollowUpForm form) {
        return book(form, contact.getCaller(), contact, contact.getSupportCase());
    }

    /** Books a follow-up on a case. */
    @RequiresPermission(Permission.BOOK_FOLLOW_UP)
    public FollowUp bookForCase(long caseId, FollowUpForm form) {
        Case supportCase = records.find(Case.class, caseId);
        return book(form, supportCase.getCaller(), null, supportCase);
    }

    /** A case's follow-ups still open, soonest due first, for the case page. */
    public List<FollowUp> openForCase(long caseId) {
        Case supportCase = records.find(Case.class, caseId);
        return em.createQuery("select f from FollowUp f where f.supportCase = :case and f.status = :open "
                + "order by f.dueFrom, f.id", FollowUp.class).setParameter("case", supportCase)
                .setParameter("open", FollowUp.Status.OPEN).getResultList();
    }

    /** Books a follow-up for a caller, from their page: not tied to a contact or a case. */
    @RequiresPermission(Permission.BOOK_FOLLOW_UP)
    public FollowUp bookForCaller(long callerId, FollowUpForm form) {
        return book(form, records.find(Caller.class, callerId), null, null);
    }

    /**
     * Books a callback to a number that rang and was not answered (org.helpline.telephony): for the
     * caller with that number, if the adviser may see who they are, otherwise for the number alone.
     */
    @RequiresPermission(Permission.BOOK_FOLLOW_UP)
    public FollowUp bookForMissedCall(Caller caller, FollowUpForm form) {
        return book(form, caller, null, null);
    }

    private FollowUp book(FollowUpForm form, Caller caller, Contact contact, Case supportCase) {
        // Every rule the form breaks at once; the follow-up itself checks again, and what needs the caller.
        List<FieldRefusal> refusals = validator.validate(form).stream()
                .map(v -> new FieldRefusal(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldRefusal::field)).toList();
        if (!refusals.isEmpty()) {
            throw new InvalidInputsException(refusals);
        }
        UserAccount me = staff.account();
        String number = form.getNumberToRing();
        if ((number == null || number.isBlank()) && caller != null && !caller.getPhones().isEmpty()) {
            number = caller.getPhones().iterator().next();
        }
        FollowUp followUp = FollowUp.book(form.getKind(), caller, contact, supportCase, instant(form.getDueFrom()),
                instant(form.getDueUntil()), number, form.getReason(), form.isToTeamQueue() ? null : me,
                me, Instant.now());
        em.persist(followUp);
        return followUp;
    }

    private static final String MINE = " where f.owner = :me and f.status = :open";
    private static final String TEAM_QUEUE = " where f.owner is null and f.status = :open";
    private static final String ESCALATED = " where f.status = :open and f.escalatedAt is not null";

    /** My open follow-ups, soonest due first, so overdue ones lead. */
    public List<FollowUp> mine(Rows rows) {
        return listed("my follow-ups", rows.of(em.createQuery("select f from FollowUp f left join fetch f.caller" + MINE
                + " order by f.dueFrom, f.id", FollowUp.class)
                .setParameter("me", staff.account()).setParameter("open", FollowUp.Status.OPEN)));
    }

    /** How many open follow-ups I have. */
    public long countMine() {
        return em.createQuery("select count(f) from FollowUp f" + MINE, Long.class)
                .setParameter("me", staff.account()).setParameter("open", FollowUp.Status.OPEN).getSingleResult();
    }

    /** How many of my open follow-ups are due before {@code by}. */
    public long countMineDueBefore(Instant by) {
        return em.createQuery("select count(f) from FollowUp f" + MINE + " and f.dueFrom < :by", Long.class)
                .setParameter("me", staff.account()).setParameter("open", FollowUp.Status.OPEN)
                .setParameter("by", by).getSingleResult();
    }

    /** How many of my open follow-ups are overdue at {@code now}: their window has closed. */
    public long countMineOverdue(Instant now) {
        return em.createQuery("select count(f) from FollowUp f" + MINE + " and f.dueUntil < :now", Long.class)
                .setParameter("me", staff.account()).setParameter("open", FollowUp.Status.OPEN)
                .setParameter("now", now).getSingleResult();
    }

    /** Open follow-ups nobody owns yet, soonest due first. */
    public List<FollowUp> teamQueue(Rows rows) {
        return listed("follow-ups in the team queue", rows.of(em.createQuery("select f from FollowUp f left join fetch f.caller"
                + TEAM_QUEUE + " order by f.dueFrom, f.id", FollowUp.class).setParameter("open", FollowUp.Status.OPEN)));
    }

    /** How many open follow-ups nobody owns yet. */
    public long countTeamQueue() {
        return em.createQuery("select count(f) from FollowUp f" + TEAM_QUEUE, Long.class)
                .setParameter("open", FollowUp.Status.OPEN).getSingleResult();
    }

    private List<FollowUp> listed(String where, List<FollowUp> shown) {
        access.listed(where, shown.stream().filter(f -> f.getCaller() != null).map(f -> f.getCaller().getId()).toList());
        return shown;
    }

    /** The contact form's field naming the follow-ups a contact completes ({@link #doneByCall}). */
    public static final String DONE_BY_CALL = "completesFollowUps";

    /**
     * The open follow-ups of the caller a contact is being logged with, soonest due first, for the contact form to
     * offer as done by the call. A caller's follow-ups are their records ({@link CallerRecords}): whoever may see
     * the caller sees them, and so does the adviser linking the caller they were just shown as a match
     * ({@code token}, see {@link CallerAccess#mayLink}), as they may add the contact to the caller's case. Anyone
     * else is told the caller is not found.
     */
    public List<OpenFollowUp> openFor(long callerId, String token) {
        if (!callerAccess.mayLink(callerId, token)) {
            access.refused("caller", callerId, "not found or not theirs to see");
            throw new NotFoundException(UserText.of("notFound.caller"));
        }
        Instant now = Instant.now();
        List<FollowUp> open = listed("open follow-ups on the contact form", em.createQuery("select f from FollowUp f "
                + "left join fetch f.caller left join fetch f.owner where f.caller.id = :caller and f.status = :open "
                + "order by f.dueFrom, f.id", FollowUp.class)
                .setParameter("caller", callerId).setParameter("open", FollowUp.Status.OPEN).getResultList());
        return open.stream().map(f -> OpenFollowUp.of(f, now)).toList();
    }

    /**
     * Marks each of {@code ids} done by {@code call}, the contact being logged in this transaction: an attempt
     * that reached the caller, then done, both naming the contact, by the adviser, now. Each must be an open
     * follow-up of the contact's caller, one the adviser may see ({@link #openFor}); any other refuses the whole
     * contact, naming the one at fault ({@code completesFollowUps[i]}), with one message for a follow-up that is
     * not there, not this caller's or not theirs to see, so that the answer tells nothing of other callers. Each
     * is locked before it is read again, so one done meanwhile by someone else is reported, never done twice.
     */
    public void doneByCall(Contact call, List<Long> ids, String callerToken) {
        UserAccount me = staff.account();
        Instant now = Instant.now();
        for (int i = 0; i < ids.size(); i++) {
            String field = DONE_BY_CALL + "[" + i + "]";
            Caller caller = call.getCaller();
            if (caller == null) {
                throw new FollowUpException(field, UserText.of("followUp.doneByCall.linkCaller"));
            }
            Long id = ids.get(i);
            // Only the contact's caller's follow-ups are looked at: another caller's is never read.
            FollowUp followUp = id == null ? null : em.createQuery("select f from FollowUp f where f.id = :id "
                    + "and f.caller = :caller", FollowUp.class).setParameter("id", id).setParameter("caller", caller)
                    .getResultStream().findFirst().orElse(null);
            if (followUp == null || !(records.mayTouch(followUp) || callerAccess.mayLink(caller.getId(), callerToken))) {
                throw new FollowUpException(field, UserText.of("followUp.doneByCall.notTheirs", id,
                        caller.getDisplayName()));
            }
            // The follow-up's row alone is locked, then read afresh: locking it with refresh would also lock the
            // staff rows it refers to (Hibernate's follow-on locking), which two calls saved at once, each
            // holding its own adviser's row for its new contact, would take in opposite orders and deadlock.
            em.createNativeQuery("select id from follow_up where id = ?1 for update").setParameter(1, id).getResultList();
            em.refresh(followUp);
            if (followUp.getStatus() != FollowUp.Status.OPEN) {
                throw new FollowUpException(field, noLongerOpen(followUp));
            }
            followUp.doneByCall(call, me, now);
        }
        em.flush();
    }

    /** Why a follow-up the adviser chose cannot be done by their call: who closed it, and when. */
    private static String noLongerOpen(FollowUp followUp) {
        String kind = followUp.getKind().label().toLowerCase(java.util.Locale.UK);
        String due = HelplineTime.timeAndDay(followUp.getDueFrom());
        String by = followUp.getUpdatedBy() == null ? UserText.of("who.someone.inSentence")
                : followUp.getUpdatedBy().getDisplayName();
        String when = HelplineTime.timeAndDay(followUp.getUpdatedAt());
        return followUp.getStatus() == FollowUp.Status.COMPLETED
                ? UserText.of("followUp.doneByCall.completed", kind, due, by, when)
                : UserText.of("followUp.doneByCall.cancelled", kind, due, by, when);
    }

    /** A follow-up with its history, for working it. */
    public FollowUp get(long id) {
        FollowUp followUp = records.find(FollowUp.class, id);
        followUp.getHistory().forEach(e -> {
            if (e.getContact() != null && e.getContact().getSupportCase() != null) {
                e.getContact().getSupportCase().getNumber();
            }
        });
        if (followUp.getCaller() != null) {
            followUp.getCaller().getDisplayName();
        }
        if (followUp.getSupportCase() != null) {
            followUp.getSupportCase().getStatus();
        }
        return followUp;
    }

    public FollowUp claim(long id, long seenVersion) {
        FollowUp followUp = current(id, seenVersion);
        followUp.claim(staff.account(), Instant.now());
        return saved(followUp);
    }

    /** Hands it to {@code toUsername}, or to the team queue when that is null. */
    public FollowUp reassign(long id, long seenVersion, String toUsername, String why) {
        FollowUp followUp = current(id, seenVersion);
        UserAccount to = toUsername == null || toUsername.isBlank() ? null
                : em.createQuery("select u from UserAccount u where u.username = :u and u.enabled = true", UserAccount.class)
                        .setParameter("u", toUsername).getResultStream().findFirst()
                        .orElseThrow(() -> new FollowUpException("owner",
                                UserText.of("followUp.owner.unknown", toUsername)));
        followUp.reassign(to, why, staff.account(), Instant.now());
        return saved(followUp);
    }

    public FollowUp attempt(long id, long seenVersion, AttemptOutcome outcome, String note) {
        FollowUp followUp = current(id, seenVersion);
        followUp.attempt(outcome, note, staff.account(), Instant.now());
        return saved(followUp);
    }

    public FollowUp complete(long id, long seenVersion, String note) {
        FollowUp followUp = current(id, seenVersion);
        followUp.complete(note, staff.account(), Instant.now());
        return saved(followUp);
    }

    /**
     * Escalates every open follow-up that has failed too often or is overdue beyond the grace period,
     * as seen at {@code now}. Run by {@link EscalationSchedule}; tests pass their own clock.
     *
     * @return how many were escalated now
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public int escalateDue(Instant now) {
        List<FollowUp> candidates = em.createQuery("select f from FollowUp f where f.status = :open "
                + "and f.escalatedAt is null and (f.failedAttempts >= :max or f.dueUntil < :overdue)", FollowUp.class)
                .setParameter("open", FollowUp.Status.OPEN).setParameter("max", maxFailedAttempts)
                .setParameter("overdue", now.minus(overdueGrace)).getResultList();
        int escalated = 0;
        for (FollowUp followUp : candidates) {
            var why = followUp.escalationDue(now, maxFailedAttempts, overdueGrace);
            if (why.isPresent()) {
                followUp.escalate(why.get(), now);
                escalated++;
            }
        }
        return escalated;
    }

    /** Follow-ups escalated and still open, latest escalation first, for supervisors. */
    @RequiresPermission(Permission.VIEW_CASELOADS)
    @RolesAllowed(Roles.SUPERVISOR)
    public List<FollowUp> escalated(Rows rows) {
        return listed("escalated follow-ups", rows.of(em.createQuery("select f from FollowUp f left join fetch f.caller"
                + ESCALATED + " order by f.escalatedAt desc, f.id desc", FollowUp.class)
                .setParameter("open", FollowUp.Status.OPEN)));
    }

    /** How many follow-ups are escalated and still open. */
    @RequiresPermission(Permission.VIEW_CASELOADS)
    @RolesAllowed(Roles.SUPERVISOR)
    public long countEscalated() {
        return em.createQuery("select count(f) from FollowUp f" + ESCALATED, Long.class)
                .setParameter("open", FollowUp.Status.OPEN).getSingleResult();
    }

    /** A follow-up to change: one this user may touch ({@link CallerRecords}), still as they saw it. */
    private FollowUp current(long id, long seenVersion) {
        FollowUp followUp = records.find(FollowUp.class, id);
        followUp.checkVersion(seenVersion);
        return followUp;
    }

    private FollowUp saved(FollowUp followUp) {
        em.flush();
        return followUp;
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(HelplineTime.ZONE).toInstant();
    }
}
