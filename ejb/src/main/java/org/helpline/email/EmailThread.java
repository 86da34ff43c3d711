package org.helpline.email;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import jakarta.persistence.Version;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerRecord;
import org.helpline.safeguarding.RiskKind;
import org.helpline.security.UserAccount;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.UserText;

/**
 * One enquiry by email: a conversation with one correspondent, from their first email through the helpline's
 * replies and theirs. It waits in the team queue from the first email no one has answered yet
 * ({@link #getWaitingSince()}) until an adviser replies or closes it; a new email from the correspondent puts
 * it back.
 */
@Entity
@Table(name = "email_thread")
public class EmailThread implements Serializable, CallerRecord {

    private static final long serialVersionUID = 1L;

    /** A subject is kept to this many characters; a longer one is cut short with an ellipsis. */
    public static final int SUBJECT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_thread_seq")
    @SequenceGenerator(name = "email_thread_seq", sequenceName = "email_thread_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    /** The correspondent's address, in lower case. */
    @Column(nullable = false, length = 254)
    private String correspondent;

    @Column(name = "correspondent_name", length = 200)
    private String correspondentName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ThreadStatus status;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "taken_by_id")
    private UserAccount takenBy;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_state", nullable = false, length = 10)
    private RiskState riskState = RiskState.NONE;

    /** The kinds of risk the words suggest, by name, comma-separated. */
    @Column(name = "risk_kinds", length = 200)
    private String riskKinds;

    /** The phrases found, as the list has them. */
    @Column(name = "risk_words", length = 500)
    private String riskWords;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "risk_reviewed_by_id")
    private UserAccount riskReviewedBy;

    @Column(name = "risk_reviewed_at")
    private Instant riskReviewedAt;

    @Column(name = "risk_note", length = 500)
    private String riskNote;

    @OneToMany(mappedBy = "thread")
    @OrderBy("receivedAt, id")
    private List<EmailMessage> messages = new ArrayList<>();

    protected EmailThread() {
    }

    /** A new enquiry, opened by the first email of it to arrive. */
    static EmailThread openedBy(String subject, String correspondent, String correspondentName, Instant at) {
        EmailThread thread = new EmailThread();
        thread.subject = subject;
        thread.correspondent = correspondent;
        thread.correspondentName = correspondentName;
        thread.status = ThreadStatus.WAITING;
        thread.waitingSince = at;
        thread.openedAt = at;
        thread.updatedAt = at;
        return thread;
    }

    /** Another email from the correspondent: the enquiry waits again, from it, unless it was waiting already. */
    void received(Instant at) {
        if (!status.inQueue()) {
            status = ThreadStatus.WAITING;
            takenBy = null;
            takenAt = null;
            waitingSince = at;
        } else if (waitingSince == null) {
            waitingSince = at;
        }
        updatedAt = at;
    }

    /**
     * An adviser takes the enquiry to answer it. Refused when someone else holds it (they are named) or it is
     * no longer in the queue; taking one's own again changes nothing.
     */
    void take(UserAccount adviser, Instant at) {
        if (!status.inQueue()) {
            throw EmailException.conflict("enquiry", UserText.of("email.notInQueue", status.label().toLowerCase()));
        }
        if (takenBy != null && !takenBy.getId().equals(adviser.getId())) {
            throw EmailException.takenAlready(takenBy.getDisplayName(), takenAt);
        }
        if (takenBy == null) {
            status = ThreadStatus.TAKEN;
            takenBy = adviser;
            takenAt = at;
            updatedAt = at;
        }
    }

    /**
     * Words suggesting a risk were found in an email of it: the enquiry goes to the top of the queue with the
     * suggestion, for an adviser to confirm or dismiss; a suggestion dismissed before is made again by new words.
     */
    void suggestRisk(Map<RiskKind, Set<String>> found) {
        if (found.isEmpty() || riskState == RiskState.CONFIRMED) {
            return;
        }
        Set<RiskKind> kinds = new LinkedHashSet<>(kinds());
        kinds.addAll(found.keySet());
        Set<String> words = new LinkedHashSet<>();
        if (riskWords != null && riskState == RiskState.SUGGESTED) {
            words.addAll(List.of(riskWords.split(", ")));
        }
        found.values().forEach(words::addAll);
        riskKinds = String.join(",", kinds.stream().map(Enum::name).toList());
        riskWords = EmailMessage.cut(String.join(", ", words), 500);
        riskState = RiskState.SUGGESTED;
        riskReviewedBy = null;
        riskReviewedAt = null;
        riskNote = null;
    }

    /** An adviser logged an email of it as a contact with a risk: supervisors are alerted as for a call. */
    void riskConfirmed(UserAccount by, Instant at) {
        riskState = RiskState.CONFIRMED;
        riskReviewedBy = by;
        riskReviewedAt = at;
        updatedAt = at;
    }

    /**
     * An adviser read it and judged the words suggest no risk, saying why: while another adviser holds it, theirs
     * to judge (or a supervisor's, {@code supervisor}).
     */
    void dismissRisk(UserAccount by, Instant at, String why, boolean supervisor) {
        if (riskState != RiskState.SUGGESTED) {
            throw EmailException.conflict("reason", UserText.of("email.risk.nothingToDismiss"));
        }
        if (status == ThreadStatus.TAKEN && !heldBy(by.getId()) && !supervisor) {
            throw EmailException.takenAlready(takenBy.getDisplayName(), takenAt);
        }
        String note = why == null ? "" : why.strip();
        if (note.isEmpty()) {
            throw new org.helpline.shared.InvalidInputException("reason", UserText.of("email.risk.reasonRequired"));
        }
        if (note.length() > 500) {
            throw new org.helpline.shared.InvalidInputException("reason", UserText.of("email.risk.reasonTooLong", 500));
        }
        riskState = RiskState.DISMISSED;
        riskReviewedBy = by;
        riskReviewedAt = at;
        riskNote = note;
        updatedAt = at;
    }

    /** The kinds of risk suggested or confirmed. */
    public List<RiskKind> kinds() {
        List<RiskKind> kinds = new ArrayList<>();
        if (riskKinds != null && !riskKinds.isBlank()) {
            for (String name : riskKinds.split(",")) {
                kinds.add(RiskKind.valueOf(name.strip()));
            }
        }
        return kinds;
    }

    public RiskState getRiskState() {
        return riskState;
    }

    public String getRiskWords() {
        return riskWords;
    }

    public UserAccount getRiskReviewedBy() {
        return riskReviewedBy;
    }

    public Instant getRiskReviewedAt() {
        return riskReviewedAt;
    }

    public String getRiskNote() {
        return riskNote;
    }

    /** A reply went to the correspondent: nobody owes them an answer until they write again. */
    void answered(Instant at) {
        status = ThreadStatus.ANSWERED;
        waitingSince = null;
        updatedAt = at;
    }

    /**
     * Closed without a reply (an out-of-office, spam, a thank-you): it leaves the queue; a new email reopens it.
     * Not while its words suggest a risk nobody has confirmed or dismissed: closing must not make that go unseen.
     */
    void close(UserAccount by, Instant at) {
        if (!status.inQueue()) {
            throw EmailException.conflict("enquiry", UserText.of("email.notInQueue", status.label().toLowerCase()));
        }
        if (riskState == RiskState.SUGGESTED) {
            throw EmailException.conflict("enquiry", UserText.of("email.risk.decideFirst"));
        }
        if (takenBy != null && !takenBy.getId().equals(by.getId())) {
            throw EmailException.takenAlready(takenBy.getDisplayName(), takenAt);
        }
        status = ThreadStatus.CLOSED;
        takenBy = by;
        takenAt = at;
        waitingSince = null;
        updatedAt = at;
    }

    /** The adviser puts it back in the queue for anyone to take. */
    void release(UserAccount adviser, Instant at) {
        if (takenBy == null || !takenBy.getId().equals(adviser.getId())) {
            throw EmailException.conflict("enquiry", UserText.of("email.notYours"));
        }
        status = ThreadStatus.WAITING;
        takenBy = null;
        takenAt = null;
        updatedAt = at;
    }

    /** The caller of the latest email logged as a contact with a caller; null while none is. */
    @Override
    public Caller getCaller() {
        Caller caller = null;
        for (EmailMessage message : messages) {
            if (message.getContact() != null && message.getContact().getCaller() != null) {
                caller = message.getContact().getCaller();
            }
        }
        return caller;
    }

    /**
     * Out of the queue and not yet anyone's caller: only the adviser who held it (supervisors see every record),
     * not, as for records of other kinds, everyone whose role lets them use the service.
     */
    @Override
    public boolean openWithoutCaller(long accountId) {
        return heldBy(accountId);
    }

    /** The adviser who took it (and answered or closed it) may go on reading it, whoever it turns out to be about. */
    @Override
    public boolean heldBy(long accountId) {
        return takenBy != null && takenBy.getId() == accountId;
    }

    /**
     * In the team's queue, like any queue: waiting for an answer, or with a suggested risk nobody has confirmed or
     * dismissed yet, answered or not ({@link #inQueue}).
     */
    @Override
    public boolean openToTeam() {
        return inQueue();
    }

    /**
     * Whether the enquiry is in the team's queue: someone owes the correspondent an answer, or its words suggest a
     * risk an adviser has still to confirm or dismiss (a reply does not settle that).
     */
    public boolean inQueue() {
        return status.inQueue() || riskState == RiskState.SUGGESTED;
    }

    /**
     * Refused, changing nothing, when the enquiry has changed since the user read it at {@code seenVersion} (a new
     * email came, or another adviser acted on it): a reply, a close or a dismissed risk must answer what is there.
     */
    void requireSeen(long seenVersion) {
        if (version != seenVersion) {
            throw new ConcurrentEditException(UserText.of("concurrentEdit.emailEnquiry"), UserText.of("who.someone"),
                    updatedAt);
        }
    }

    /** How long the correspondent has been waiting for an answer at {@code now}; zero when not waiting. */
    public Duration waited(Instant now) {
        return waitingSince == null || !status.inQueue() ? Duration.ZERO : Duration.between(waitingSince, now);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSubject() {
        return subject;
    }

    public String getCorrespondent() {
        return correspondent;
    }

    public String getCorrespondentName() {
        return correspondentName;
    }

    public ThreadStatus getStatus() {
        return status;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UserAccount getTakenBy() {
        return takenBy;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public List<EmailMessage> getMessages() {
        return messages;
    }
}
