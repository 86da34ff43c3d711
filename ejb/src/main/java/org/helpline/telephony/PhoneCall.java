package org.helpline.telephony;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.helpline.calls.HelplineLine;
import org.helpline.followups.FollowUp;
import org.helpline.security.UserAccount;

/**
 * One call on a helpline line, as its phone system reported it. Events may arrive in any order and more
 * than once, so the call keeps facts, not a sequence: the first ring, the first answer, the last end and
 * how an unanswered call ended (kept apart from the end, since a phone in a ring group not picked up is
 * reported as missed before another answers). Each fact only ever moves forward, and the outcome is worked out from
 * them, so the same events in any order leave the same call (ENDED before ANSWERED still makes a
 * completed call; a late RINGING undoes nothing; an answer outweighs a MISSED from before it).
 */
@Entity
@Table(name = "phone_call")
public class PhoneCall {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phone_call_seq")
    @SequenceGenerator(name = "phone_call_seq", sequenceName = "phone_call_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phone_system_id", nullable = false, updatable = false)
    private PhoneSystem phoneSystem;

    @Column(name = "external_call_id", nullable = false, length = 120, updatable = false)
    private String externalCallId;

    /** E.164; null when withheld or not said. */
    @Column(name = "caller_number", length = 16)
    private String callerNumber;

    @Column(nullable = false)
    private boolean withheld;

    /** The 0808 number dialled, as the phone system wrote it. */
    @Column(name = "dialled_number", length = 40)
    private String dialledNumber;

    /** The line with that number; null when Helpline has no such line. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "line_id")
    private HelplineLine line;

    @Column(name = "ringing_at")
    private Instant ringingAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** Who the phone system said answered (username or extension), as it said it. */
    @Column(name = "answered_agent", length = 60)
    private String answeredAgent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by_id")
    private UserAccount answeredBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** How the call ended if nobody answered: the latest such event. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CallEventType unanswered;

    @Column(name = "unanswered_at")
    private Instant unansweredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CallOutcome outcome = CallOutcome.IN_PROGRESS;

    @Column(name = "handled_at")
    private Instant handledAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handled_by_id")
    private UserAccount handledBy;

    /** The callback booked for this missed call, if one was. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follow_up_id")
    private FollowUp followUp;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PhoneCall() {
    }

    /** A call first heard of now, by whichever of its events came first. */
    public PhoneCall(PhoneSystem phoneSystem, String externalCallId, Instant now) {
        this.phoneSystem = Objects.requireNonNull(phoneSystem, "phoneSystem");
        this.externalCallId = Objects.requireNonNull(externalCallId, "externalCallId");
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Takes in what one event says. {@code answeredBy} is the member of staff the event's agent names, if
     * any; {@code line} the line with the dialled number, if Helpline has one.
     *
     * @return whether this event was the call's first answer, so that the adviser's screen is told
     */
    public boolean apply(CallEventMessage event, UserAccount answeredBy, HelplineLine line, Instant now) {
        boolean wasAnswered = answeredAt != null;
        // a number, once any event gives it, is known; "withheld" only counts while none has
        if (event.callerNumber() != null && callerNumber == null) {
            callerNumber = event.callerNumber();
        }
        withheld = callerNumber == null && (withheld || event.withheld());
        if (event.line() != null && dialledNumber == null) {
            dialledNumber = event.line();
            this.line = line;
        }
        Instant at = event.at();
        switch (event.type()) {
            case RINGING -> ringingAt = earliest(ringingAt, at);
            case ANSWERED -> {
                if (answeredAt == null || at.isBefore(answeredAt)) {
                    answeredAt = at;
                    answeredAgent = event.agent();
                    this.answeredBy = answeredBy;
                }
            }
            case ENDED -> endedAt = latest(endedAt, at);
            case MISSED, ABANDONED, VOICEMAIL -> {
                // the latest says how it ended (missed by one adviser, then sent to voicemail); at the same
                // moment, the later in the list
                if (unansweredAt == null || at.isAfter(unansweredAt)
                        || at.equals(unansweredAt) && event.type().ordinal() > unanswered.ordinal()) {
                    unanswered = event.type();
                    unansweredAt = at;
                }
            }
        }
        outcome = outcome();
        updatedAt = now;
        return !wasAnswered && answeredAt != null;
    }

    /** Where the call stands, from the facts alone, so that the order events came in does not matter. */
    private CallOutcome outcome() {
        if (answeredAt != null) {
            // an end from before the answer cannot be this conversation's: it goes on until one after it
            return endedAt != null && !endedAt.isBefore(answeredAt) ? CallOutcome.COMPLETED : CallOutcome.ANSWERED;
        }
        if (unanswered != null) {
            return CallOutcome.valueOf(unanswered.name());
        }
        // ended, never answered and nothing said why: the caller hung up while it rang
        return endedAt != null ? CallOutcome.ABANDONED : CallOutcome.IN_PROGRESS;
    }

    /** Marks a missed call dealt with (rung back, or nothing to do); the first to do so is kept. */
    public void handled(UserAccount by, Instant at) {
        if (handledAt == null) {
            handledAt = at;
            handledBy = by;
            updatedAt = at;
        }
    }

    /** Marks a missed call dealt with by booking a callback. */
    public void callbackBooked(FollowUp callback, UserAccount by, Instant at) {
        if (followUp == null) {
            followUp = callback;
        }
        handled(by, at);
    }

    /** How long the adviser was on the call, once it has ended. */
    public Duration talkTime() {
        if (answeredAt == null || endedAt == null || endedAt.isBefore(answeredAt)) {
            return null;
        }
        return Duration.between(answeredAt, endedAt);
    }

    private static Instant earliest(Instant known, Instant at) {
        return known == null || at.isBefore(known) ? at : known;
    }

    private static Instant latest(Instant known, Instant at) {
        return known == null || at.isAfter(known) ? at : known;
    }

    /** When the call first rang, or the earliest time known of it. */
    public Instant firstKnownAt() {
        if (ringingAt != null) {
            return ringingAt;
        }
        if (answeredAt != null) {
            return answeredAt;
        }
        return endedAt != null ? endedAt : unansweredAt;
    }

    public Long getId() {
        return id;
    }

    public PhoneSystem getPhoneSystem() {
        return phoneSystem;
    }

    public String getExternalCallId() {
        return externalCallId;
    }

    public String getCallerNumber() {
        return callerNumber;
    }

    public boolean isWithheld() {
        return withheld;
    }

    public String getDialledNumber() {
        return dialledNumber;
    }

    public HelplineLine getLine() {
        return line;
    }

    public Instant getRingingAt() {
        return ringingAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredAgent() {
        return answeredAgent;
    }

    public UserAccount getAnsweredBy() {
        return answeredBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public UserAccount getHandledBy() {
        return handledBy;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public long getVersion() {
        return version;
    }
}
