package org.helpline.followups;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerRecord;
import org.helpline.callers.PhoneNumber;
import org.helpline.calls.Contact;
import org.helpline.cases.Case;
import org.helpline.referrals.Referral;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.UserText;
import org.helpline.shared.persistence.Tracked;

/**
 * Something promised to a caller, due in a time window, owned by an adviser or waiting in the team
 * queue. The entity holds the rules: it cannot be due in the past when booked, a callback needs a
 * number, reaching the caller completes it once and only once, and it is escalated at most once.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "follow_up")
public class FollowUp extends Tracked implements Serializable, CallerRecord {

    private static final long serialVersionUID = 1L;

    /** Where a follow-up stands. */
    public enum Status {
        OPEN, COMPLETED, CANCELLED
    }

    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case supportCase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "caller_id")
    private Caller caller;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Column(name = "due_from", nullable = false)
    private Instant dueFrom;

    @Column(name = "due_until", nullable = false)
    private Instant dueUntil;

    @Column(name = "number_to_ring", length = 16)
    private String numberToRing;

    @Column(name = "preferred_times", length = 200)
    private String preferredTimes;

    /** Null: waiting in the team queue. */
    @ManyToOne
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    /**
     * When the follow-up counts as booked in the monthly report: the start of the contact it was booked on,
     * else when it was booked (always so for a step a referral books).
     */
    @Column(name = "dated_at", nullable = false, updatable = false)
    private Instant datedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "escalation_reason", length = 200)
    private String escalationReason;

    @Column(name = "completed_at")
    private Instant completedAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booked_by_id")
    private UserAccount bookedBy;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @NotAudited
    @OneToMany(mappedBy = "followUp", cascade = CascadeType.PERSIST)
    private List<FollowUpEvent> history = new ArrayList<>();

    protected FollowUp() {
    }

    /**
     * Books a follow-up. {@code owner} null puts it in the team queue. The caller, contact and case
     * are optional but at least one says who it is for, except for a callback to a number that rang and
     * was not answered, which may be all anyone knows.
     */
    public static FollowUp book(FollowUpKind kind, Caller caller, Contact contact, Case supportCase, Instant dueFrom,
            Instant dueUntil, String numberToRing, String reason, UserAccount owner, UserAccount bookedBy, Instant now) {
        if (kind == null) {
            throw new FollowUpException("followUpKind", UserText.of("followUp.kind.required"));
        }
        if (dueFrom == null) {
            throw new FollowUpException("followUpDue", UserText.of("followUp.dueFrom.required"));
        }
        if (dueFrom.isBefore(now.minus(CLOCK_SKEW))) {
            throw new FollowUpException("followUpDue", UserText.of("followUp.dueFrom.past"));
        }
        Instant until = dueUntil == null ? dueFrom.plus(Duration.ofHours(1)) : dueUntil;
        if (until.isBefore(dueFrom)) {
            throw new FollowUpException("followUpUntil", UserText.of("followUp.dueUntil.beforeStart"));
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new FollowUpException("followUpReason", UserText.of("followUp.reason.required"));
        }
        if (text.length() > 2000) {
            throw new FollowUpException("followUpReason", UserText.of("followUp.reason.size"));
        }
        String number = numberToRing == null || numberToRing.isBlank() ? null
                : PhoneNumber.tryNormalise(numberToRing).orElseThrow(() -> new FollowUpException("followUpNumber",
                        UserText.of("followUp.numberToRing.format")));
        if (kind == FollowUpKind.CALLBACK && number == null) {
            throw new FollowUpException("followUpNumber", UserText.of("followUp.numberToRing.required"));
        }
        if (caller == null && contact == null && supportCase == null && kind != FollowUpKind.CALLBACK) {
            throw new FollowUpException("followUpKind", UserText.of("followUp.belongsTo.required"));
        }
        FollowUp followUp = new FollowUp();
        followUp.kind = kind;
        followUp.caller = caller;
        followUp.contact = contact;
        followUp.supportCase = supportCase;
        followUp.dueFrom = dueFrom;
        followUp.dueUntil = until;
        followUp.numberToRing = number;
        followUp.preferredTimes = caller == null ? null : caller.getPreferredTimes();
        followUp.reason = text;
        followUp.owner = owner;
        followUp.status = Status.OPEN;
        followUp.bookedBy = Objects.requireNonNull(bookedBy, "bookedBy");
        followUp.bookedAt = now;
        followUp.datedAt = contact == null ? now : contact.getStartedAt();
        followUp.history.add(new FollowUpEvent(followUp, FollowUpEvent.Kind.BOOKED, bookedBy, now)
                .owners(null, owner).text(text));
        followUp.touch(bookedBy, now);
        return followUp;
    }

    /**
     * Marks this as a step of a referral (checking it arrived, asking how it went): booked by the service's
     * schedule rather than on the contact, so it counts when booked.
     */
    public FollowUp forReferral(Referral steppedFrom) {
        this.referral = steppedFrom;
        this.datedAt = bookedAt;
        return this;
    }

    /** Takes a follow-up from the team queue. */
    public void claim(UserAccount me, Instant now) {
        requireOpen();
        if (owner != null) {
            throw FollowUpException.conflict("owner", UserText.of("followUp.claim.taken", owner.getDisplayName()));
        }
        owner = me;
        history.add(new FollowUpEvent(this, FollowUpEvent.Kind.CLAIMED, me, now).owners(null, me));
        touch(me, now);
    }

    /** Hands the follow-up to someone else, or to the team queue ({@code to} null); history keeps who had it. */
    public void reassign(UserAccount to, String why, UserAccount by, Instant now) {
        requireOpen();
        if (Objects.equals(owner == null ? null : owner.getId(), to == null ? null : to.getId())) {
            throw FollowUpException.conflict("owner", caller == null
                    ? to == null ? UserText.of("followUp.owner.alreadyQueued")
                            : UserText.of("followUp.owner.alreadyWith", to.getDisplayName())
                    : to == null ? UserText.of("followUp.owner.callers.alreadyQueued", caller.getDisplayName())
                            : UserText.of("followUp.owner.callers.alreadyWith", caller.getDisplayName(),
                                    to.getDisplayName()));
        }
        history.add(new FollowUpEvent(this, FollowUpEvent.Kind.REASSIGNED, by, now).owners(owner, to).text(why));
        owner = to;
        touch(by, now);
    }

    /** Records one try. Reaching the caller completes the follow-up. */
    public void attempt(AttemptOutcome outcome, String note, UserAccount by, Instant now) {
        requireOpen();
        if (outcome == null) {
            throw new FollowUpException("attempt", UserText.of("followUp.attempt.required"));
        }
        history.add(new FollowUpEvent(this, FollowUpEvent.Kind.ATTEMPT, by, now).attempt(outcome).text(note));
        if (outcome.failed()) {
            failedAttempts++;
        } else {
            status = Status.COMPLETED;
            completedAt = now;
            history.add(new FollowUpEvent(this, FollowUpEvent.Kind.COMPLETED, by, now));
        }
        touch(by, now);
    }

    /**
     * Done by a contact the adviser is logging with the caller (they rang in, or were rung, and it was dealt
     * with): an attempt that reached the caller, then done, both naming the contact.
     */
    public void doneByCall(Contact call, UserAccount by, Instant now) {
        requireOpen();
        Objects.requireNonNull(call, "call");
        history.add(new FollowUpEvent(this, FollowUpEvent.Kind.ATTEMPT, by, now).attempt(AttemptOutcome.REACHED).contact(call));
        status = Status.COMPLETED;
        completedAt = now;
        history.add(new FollowUpEvent(this, FollowUpEvent.Kind.COMPLETED, by, now).contact(call));
        touch(by, now);
    }

    /** The contact that completed it, when it was done by a call (see {@link #doneByCall}). */
    public Optional<Contact> getCompletedByContact() {
        if (status != Status.COMPLETED) {
            return Optional.empty();
        }
        return history.stream().filter(FollowUpEvent::isDoneByCall).map(FollowUpEvent::getContact).findFirst();
    }

    /** Marks done without a call (information sent, say). */
    public void complete(String note, UserAccount by, Instant now) {
        requireOpen();
        status = Status.COMPLETED;
        completedAt = now;
        history.add(new FollowUpEvent(this, FollowUpEvent.Kind.COMPLETED, by, now).text(note));
        touch(by, now);
    }

    /**
     * Why this follow-up should go to the supervisors now, if it should: too many failed attempts, or
     * overdue by more than the grace allowed. Never for one already escalated.
     */
    public Optional<String> escalationDue(Instant now, int maxFailedAttempts, Duration overdueGrace) {
        if (status != Status.OPEN || escalatedAt != null) {
            return Optional.empty();
        }
        if (failedAttempts >= maxFailedAttempts) {
            return Optional.of(failedAttempts + " attempts without reaching the caller");
        }
        if (now.isAfter(dueUntil.plus(overdueGrace))) {
            return Optional.of("Overdue since " + HelplineTime.timeAndDay(dueUntil));
        }
        return Optional.empty();
    }

    /** Flags it for supervisors, once. */
    public void escalate(String why, Instant now) {
        if (escalatedAt != null) {
            throw FollowUpException.conflict("status", UserText.of("followUp.alreadyEscalated"));
        }
        escalatedAt = now;
        escalationReason = why.length() > 200 ? why.substring(0, 200) : why;
        history.add(new FollowUpEvent(this, FollowUpEvent.Kind.ESCALATED, null, now).text(why));
    }

    public boolean isOverdue(Instant now) {
        return status == Status.OPEN && now.isAfter(dueUntil);
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw FollowUpException.conflict("status", status == Status.COMPLETED
                    ? UserText.of("followUp.alreadyCompleted") : UserText.of("followUp.alreadyCancelled"));
        }
    }

    @Override
    protected String describe() {
        return UserText.of("concurrentEdit.followUp");
    }

    public Long getId() {
        return id;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public Contact getContact() {
        return contact;
    }

    public Case getSupportCase() {
        return supportCase;
    }

    public Referral getReferral() {
        return referral;
    }

    @Override
    public Caller getCaller() {
        return caller;
    }

    public Instant getDueFrom() {
        return dueFrom;
    }

    public Instant getDueUntil() {
        return dueUntil;
    }

    public String getNumberToRing() {
        return numberToRing;
    }

    public String getPreferredTimes() {
        return preferredTimes;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public UserAccount getBookedBy() {
        return bookedBy;
    }

    /** When this counts in the monthly report (see the field). */
    public Instant getDatedAt() {
        return datedAt;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    /** Newest first. */
    public List<FollowUpEvent> getHistory() {
        List<FollowUpEvent> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing(FollowUpEvent::getOccurredAt).reversed());
        return Collections.unmodifiableList(newestFirst);
    }

    /**
     * A callback to a number alone (a missed call from someone not known, or not known to this adviser) is for
     * whoever holds it, or for any adviser while it waits in the team queue.
     */
    @Override
    public boolean openWithoutCaller(long accountId) {
        return owner == null || owner.getId().longValue() == accountId;
    }
}
