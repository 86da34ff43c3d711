package org.helpline.cases;

import java.io.Serializable;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerRecord;
import org.helpline.calls.Contact;
import org.helpline.calls.Outcome;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.Text;
import org.helpline.shared.UserText;
import org.helpline.shared.persistence.Tracked;

/**
 * A caller's enquiry that takes more than one contact. The entity holds the rules: which status moves
 * are allowed, that closing needs an outcome and reopening a reason, and that every change lands on
 * the timeline. (Its entity name is {@code HelplineCase}, since CASE is a word in JPQL.)
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity(name = "HelplineCase")
@Table(name = "helpline_case")
public class Case extends Tracked implements Serializable, CallerRecord {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "helpline_case_seq")
    @SequenceGenerator(name = "helpline_case_seq", sequenceName = "helpline_case_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_number", nullable = false, length = 20, unique = true, updatable = false)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "caller_id")
    private Caller caller;

    /** Null while the case waits in the team queue. */
    @ManyToOne
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    /**
     * When the case counts in the monthly report: the start of the contact it was opened with, which may be
     * before it was keyed ({@link #openedAt}). Its number takes this year too.
     */
    @Column(name = "dated_at", nullable = false, updatable = false)
    private Instant datedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToOne
    @JoinColumn(name = "closing_outcome_id")
    private Outcome closingOutcome;

    @NotAudited
    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt desc, id desc")
    private List<CaseEvent> timeline = new ArrayList<>();

    protected Case() {
    }

    /**
     * Formats a case number: {@code HL-2025-000123}, from the year the case opened in (the year of the
     * contact it was opened with, see {@link #open}) and a running number.
     */
    public static String number(Instant datedAt, long sequence) {
        return String.format("HL-%d-%06d", Year.from(datedAt.atZone(HelplineTime.ZONE)).getValue(), sequence);
    }

    /**
     * Opens a case, keyed {@code now}, about a contact that started at {@code datedAt}: the case counts from
     * then in reports, and its {@code number} should take that year ({@link #number}).
     */
    public static Case open(String number, Caller caller, String title, UserAccount owner, Instant datedAt,
            Instant now) {
        Case opened = new Case();
        opened.number = Objects.requireNonNull(number, "number");
        opened.caller = Objects.requireNonNull(caller, "caller");
        String text = title == null ? "" : title.strip();
        if (text.isEmpty()) {
            throw new CaseException("title", UserText.of("case.title.required"));
        }
        if (text.length() > 200) {
            throw new CaseException("title", UserText.of("case.title.size"));
        }
        opened.title = text;
        opened.owner = Objects.requireNonNull(owner, "owner");
        opened.status = CaseStatus.OPEN;
        opened.openedAt = now;
        opened.datedAt = Objects.requireNonNull(datedAt, "datedAt");
        opened.timeline.add(new CaseEvent(opened, CaseEvent.Kind.OPENED, owner, now).text(text));
        opened.touch(owner, now);
        return opened;
    }

    /**
     * Adds a contact with the caller to this case. A caller getting back in touch moves a case that was
     * waiting for them back to in progress; a closed case must be reopened first.
     */
    public void recordContact(Contact contact, UserAccount by, Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw CaseException.conflict("case", UserText.of("case.closed.contact", number));
        }
        if (contact.getCaller() == null || !Objects.equals(contact.getCaller().getId(), caller.getId())) {
            throw new CaseException("case", UserText.of("case.otherCaller", number));
        }
        contact.belongsTo(this);
        timeline.add(new CaseEvent(this, CaseEvent.Kind.CONTACT, by, now).contact(contact));
        if (status == CaseStatus.AWAITING_CALLER) {
            change(CaseStatus.IN_PROGRESS, by, now);
        }
        touch(by, now);
    }

    /**
     * Hands the case to {@code to}, or to the team queue when that is null, with the reason; the timeline
     * keeps who had it before. A closed case is not reassigned.
     */
    public void reassign(UserAccount to, String reason, UserAccount by, Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw CaseException.conflict("owner", UserText.of("case.closed", number));
        }
        if (Objects.equals(owner == null ? null : owner.getId(), to == null ? null : to.getId())) {
            throw CaseException.conflict("owner", to == null
                    ? UserText.of("case.owner.alreadyQueued", number) : UserText.of("case.owner.alreadyWith", number,
                    to.getDisplayName()));
        }
        String why = Text.required(reason, "reason", UserText.of("case.reassign.reason"), 2000);
        timeline.add(new CaseEvent(this, CaseEvent.Kind.REASSIGNED, by, now).owners(owner, to).text(why));
        owner = to;
        touch(by, now);
    }

    /** An adviser takes a case from the team queue. */
    public void claim(UserAccount by, Instant now) {
        if (owner != null) {
            throw CaseException.conflict("owner", UserText.of("case.owner.alreadyWith", number, owner.getDisplayName()));
        }
        reassign(by, "Taken from the team queue", by, now);
    }

    /** In the team queue: nobody owns it yet. */
    public boolean isInTeamQueue() {
        return owner == null;
    }

    /** An ordinary status change; closing and reopening have their own methods. */
    public void moveTo(CaseStatus target, UserAccount by, Instant now) {
        if (target == CaseStatus.CLOSED) {
            throw new CaseException("status", UserText.of("case.close.outcome.status"));
        }
        if (!status.canMoveTo(target)) {
            throw CaseException.conflict("status", UserText.of("case.status.move", status.label().toLowerCase(),
                    target.label().toLowerCase()));
        }
        change(target, by, now);
        touch(by, now);
    }

    public void close(Outcome outcome, String note, UserAccount by, Instant now) {
        if (status == CaseStatus.CLOSED) {
            throw CaseException.conflict("status", UserText.of("case.alreadyClosed", number));
        }
        if (outcome == null) {
            throw new CaseException("outcome", UserText.of("case.close.outcome"));
        }
        CaseStatus from = status;
        status = CaseStatus.CLOSED;
        closedAt = now;
        closingOutcome = outcome;
        timeline.add(new CaseEvent(this, CaseEvent.Kind.CLOSED, by, now).status(from, CaseStatus.CLOSED)
                .text(outcome.getLabel() + (note == null || note.isBlank() ? "" : ": " + note.strip())));
        touch(by, now);
    }

    public void reopen(String reason, UserAccount by, Instant now) {
        if (status != CaseStatus.CLOSED) {
            throw CaseException.conflict("status", UserText.of("case.reopen.notClosed"));
        }
        if (reason == null || reason.isBlank()) {
            throw new CaseException("reason", UserText.of("case.reopen.reason"));
        }
        status = CaseStatus.IN_PROGRESS;
        closedAt = null;
        closingOutcome = null;
        timeline.add(new CaseEvent(this, CaseEvent.Kind.REOPENED, by, now)
                .status(CaseStatus.CLOSED, CaseStatus.IN_PROGRESS).text(reason.strip()));
        touch(by, now);
    }

    public void addNote(String text, UserAccount by, Instant now) {
        if (text == null || text.isBlank()) {
            throw new CaseException("note", UserText.of("case.note.required"));
        }
        if (text.length() > 10_000) {
            throw new CaseException("note", UserText.of("case.note.size"));
        }
        timeline.add(new CaseEvent(this, CaseEvent.Kind.NOTE, by, now).text(text.strip()));
        touch(by, now);
    }

    private void change(CaseStatus target, UserAccount by, Instant now) {
        timeline.add(new CaseEvent(this, CaseEvent.Kind.STATUS, by, now).status(status, target));
        status = target;
    }

    @Override
    protected String describe() {
        return UserText.of("concurrentEdit.case", number);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Caller getCaller() {
        return caller;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Instant getDatedAt() {
        return datedAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Outcome getClosingOutcome() {
        return closingOutcome;
    }

    /** Newest first; entries of the same moment in the order they were added, latest first. */
    public List<CaseEvent> getTimeline() {
        List<CaseEvent> newestFirst = new ArrayList<>(timeline);
        Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing(CaseEvent::getOccurredAt).reversed()
                .thenComparing(CaseEvent::getId, Comparator.nullsFirst(Comparator.reverseOrder())));
        return Collections.unmodifiableList(newestFirst);
    }
}
