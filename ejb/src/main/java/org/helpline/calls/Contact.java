package org.helpline.calls;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerRecord;
import org.helpline.callers.CallerType;
import org.helpline.cases.Case;
import org.helpline.information.Article;
import org.helpline.security.UserAccount;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;
import org.helpline.shared.persistence.Tracked;
import org.helpline.topics.Topic;

/**
 * One call, email, web chat, letter or visit. A data contact records what it was about; a non-data
 * contact (silent, wrong number...) only that it happened. The caller is optional: anonymous contacts
 * and callers who did not consent to us keeping their details have none.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "contact")
public class Contact extends Tracked implements Serializable, CallerRecord {

    private static final long serialVersionUID = 1L;

    public static final int SUMMARY_MAX = 10_000;

    /** No contact is logged as starting before this: an earlier date is a slip of the keyboard ("0026"). */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final int INFORMATION_MAX = 4_000;
    static final Duration LONGEST = Duration.ofHours(24);
    /** Clocks differ a little between a browser and the server. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    /** The client's key for the request that logged it; unique per adviser, so one adviser's key is no other's. */
    @Column(name = "idempotency_key", nullable = false, length = 64, updatable = false)
    private String idempotencyKey;

    /**
     * A digest of the form it was logged from ({@link ContactForm#fingerprint}), so that the same key sent
     * again with another form is refused rather than answered with this contact; null for contacts logged
     * before it was kept.
     */
    @NotAudited
    @Column(name = "request_fingerprint", length = 64, updatable = false)
    private String requestFingerprint;

    @ManyToOne(optional = false)
    @JoinColumn(name = "channel_id")
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @ManyToOne(optional = false)
    @JoinColumn(name = "line_id")
    private HelplineLine line;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_seconds", nullable = false)
    private int durationSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "non_data_kind", length = 20)
    private NonDataKind nonDataKind;

    @ManyToOne
    @JoinColumn(name = "caller_type_id")
    private CallerType callerType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "caller_id")
    private Caller caller;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case supportCase;

    @ManyToMany
    @JoinTable(name = "contact_topic", joinColumns = @JoinColumn(name = "contact_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    /** The vetted articles the adviser read out or sent. */
    @ManyToMany
    @JoinTable(name = "contact_article", joinColumns = @JoinColumn(name = "contact_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    private Set<Article> articlesGiven = new LinkedHashSet<>();

    @Column(length = SUMMARY_MAX)
    private String summary;

    @Column(name = "information_given", length = INFORMATION_MAX)
    private String informationGiven;

    @ManyToOne
    @JoinColumn(name = "outcome_id")
    private Outcome outcome;

    @Column(name = "follow_up_needed", nullable = false)
    private boolean followUpNeeded;

    @Column(name = "referral_needed", nullable = false)
    private boolean referralNeeded;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adviser_id")
    private UserAccount adviser;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    protected Contact() {
    }

    private Contact(String idempotencyKey, Channel channel, Direction direction, HelplineLine line, Instant startedAt,
            Duration duration, UserAccount adviser, Instant now) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
            throw new InvalidInputException("idempotencyKey", UserText.of("contact.idempotencyKey.size"));
        }
        checkTimes(startedAt, duration, now, "duration");
        this.idempotencyKey = idempotencyKey;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.line = Objects.requireNonNull(line, "line");
        this.startedAt = startedAt;
        this.durationSeconds = (int) duration.toSeconds();
        this.adviser = Objects.requireNonNull(adviser, "adviser");
        this.loggedAt = now;
        touch(adviser, now);
    }

    /**
     * The rules for when a contact started and how long it took: not in the future, not before 1900, not
     * negative, not over a day. The first broken is refused, naming {@code durationField} for the length.
     * Answers null, so that a caller can collect it with the other refusals of a form.
     */
    static Void checkTimes(Instant startedAt, Duration duration, Instant now, String durationField) {
        if (startedAt == null) {
            throw new InvalidInputException("startedAt", UserText.of("contact.startedAt.required"));
        }
        if (startedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("startedAt", UserText.of("contact.startedAt.future"));
        }
        if (startedAt.isBefore(EARLIEST)) {
            throw new InvalidInputException("startedAt", UserText.of("contact.startedAt.tooEarly"));
        }
        if (duration == null) {
            throw new InvalidInputException(durationField, UserText.of("contact.duration.required"));
        }
        if (duration.isNegative()) {
            throw new InvalidInputException(durationField, UserText.of("contact.duration.negative"));
        }
        if (duration.compareTo(LONGEST) > 0) {
            throw new InvalidInputException(durationField, UserText.of("contact.duration.tooLong"));
        }
        return null;
    }

    /** A contact with an enquiry: who it was from (by type), what it was about and what came of it. */
    public static Contact data(String idempotencyKey, Channel channel, Direction direction, HelplineLine line,
            Instant startedAt, Duration duration, CallerType callerType, Set<Topic> topics, String summary,
            String informationGiven, Outcome outcome, boolean followUpNeeded, boolean referralNeeded,
            UserAccount adviser, Instant now) {
        Contact contact = new Contact(idempotencyKey, channel, direction, line, startedAt, duration, adviser, now);
        if (callerType == null) {
            throw new InvalidInputException("callerType", UserText.of("contact.callerType.required"));
        }
        if (topics == null || topics.isEmpty()) {
            throw new InvalidInputException("topics", UserText.of("contact.topics.required"));
        }
        String text = blankToNull(summary);
        if (text == null) {
            throw new InvalidInputException("summary", UserText.of("contact.summary.required"));
        }
        if (text.length() > SUMMARY_MAX) {
            throw new InvalidInputException("summary", UserText.of("contact.summary.size"));
        }
        String info = blankToNull(informationGiven);
        if (info != null && info.length() > INFORMATION_MAX) {
            throw new InvalidInputException("informationGiven", UserText.of("contact.informationGiven.size"));
        }
        if (outcome == null) {
            throw new InvalidInputException("outcome", UserText.of("contact.outcome.required"));
        }
        contact.callerType = callerType;
        contact.topics.addAll(topics);
        contact.summary = text;
        contact.informationGiven = info;
        contact.outcome = outcome;
        contact.followUpNeeded = followUpNeeded;
        contact.referralNeeded = referralNeeded;
        return contact;
    }

    /** A silent call, wrong number, hang-up, abusive or test call: counted, nothing else kept. */
    public static Contact nonData(String idempotencyKey, NonDataKind kind, Channel channel, Direction direction,
            HelplineLine line, Instant startedAt, Duration duration, UserAccount adviser, Instant now) {
        Contact contact = new Contact(idempotencyKey, channel, direction, line, startedAt, duration, adviser, now);
        contact.nonDataKind = Objects.requireNonNull(kind, "kind");
        return contact;
    }

    /** Links the contact to the caller it came from; only data contacts have callers. */
    public void from(Caller caller) {
        if (nonDataKind != null) {
            throw new InvalidInputException("caller", UserText.of("contact.nonData.caller", nonDataKind.label().toLowerCase()));
        }
        this.caller = caller;
    }

    /** Called by {@link Case#recordContact}, which keeps the case's side of the link. */
    public void belongsTo(Case supportCase) {
        this.supportCase = supportCase;
    }

    @Override
    protected String describe() {
        return UserText.of("concurrentEdit.contact");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    /** Records the digest of the request that logs this contact, before it is stored. */
    void loggedFrom(String fingerprint) {
        this.requestFingerprint = fingerprint;
    }

    /** Whether a request of this digest, sent with this contact's key, is a retry of the one that logged it. */
    boolean wasLoggedFrom(String fingerprint) {
        return requestFingerprint == null || requestFingerprint.equals(fingerprint);
    }

    public Channel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public HelplineLine getLine() {
        return line;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Duration getDuration() {
        return Duration.ofSeconds(durationSeconds);
    }

    public boolean isNonData() {
        return nonDataKind != null;
    }

    public NonDataKind getNonDataKind() {
        return nonDataKind;
    }

    public CallerType getCallerType() {
        return callerType;
    }

    public Caller getCaller() {
        return caller;
    }

    public Case getSupportCase() {
        return supportCase;
    }

    /** Records that these articles were given to the caller on this contact. */
    public void gave(Set<Article> articles) {
        if (isNonData() && !articles.isEmpty()) {
            throw new InvalidInputException("articles", UserText.of("contact.nonData.information"));
        }
        articlesGiven.addAll(articles);
    }

    public Set<Article> getArticlesGiven() {
        return Collections.unmodifiableSet(articlesGiven);
    }

    public Set<Topic> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    public String getSummary() {
        return summary;
    }

    public String getInformationGiven() {
        return informationGiven;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public boolean isFollowUpNeeded() {
        return followUpNeeded;
    }

    public boolean isReferralNeeded() {
        return referralNeeded;
    }

    public UserAccount getAdviser() {
        return adviser;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }
}
