package org.helpline.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerRecord;
import org.helpline.calls.Contact;
import org.helpline.security.UserAccount;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Text;
import org.helpline.shared.UserText;

/**
 * A supervisor's review of one contact against the checklist: accurate information, the right referral,
 * risk handled, notes clear. Every point is answered (or marked as not applying) before it counts;
 * a contact is reviewed once.
 */
@Entity
@Table(name = "contact_review")
public class ContactReview implements Serializable, CallerRecord {

    private static final long serialVersionUID = 1L;

    public enum Status {
        TO_REVIEW, REVIEWED
    }

    static final int FEEDBACK_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_review_seq")
    @SequenceGenerator(name = "contact_review_seq", sequenceName = "contact_review_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id", unique = true)
    private Contact contact;

    @ManyToOne(optional = false)
    @JoinColumn(name = "adviser_id")
    private UserAccount adviser;

    /** The first day of the month the contact fell in (UK time). */
    @Column(name = "review_month", nullable = false)
    private LocalDate month;

    /** Picked at random, rather than chosen by a supervisor. */
    @Column(nullable = false)
    private boolean sampled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "accurate_information", length = 20)
    private Check accurateInformation;

    @Enumerated(EnumType.STRING)
    @Column(name = "right_referral", length = 20)
    private Check rightReferral;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_handled", length = 20)
    private Check riskHandled;

    @Enumerated(EnumType.STRING)
    @Column(name = "notes_clear", length = 20)
    private Check notesClear;

    @Column(length = FEEDBACK_MAX)
    private String feedback;

    @ManyToOne
    @JoinColumn(name = "reviewer_id")
    private UserAccount reviewer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "seen_at")
    private Instant seenAt;

    @Version
    private long version;

    protected ContactReview() {
    }

    ContactReview(Contact contact, LocalDate month, boolean sampled, Instant now) {
        if (contact.isNonData()) {
            throw new InvalidInputException("contact", UserText.of("review.contact.nonData"));
        }
        this.contact = contact;
        this.adviser = contact.getAdviser();
        this.month = month.withDayOfMonth(1);
        this.sampled = sampled;
        this.status = Status.TO_REVIEW;
        this.createdAt = now;
    }

    /** Scores the contact and leaves feedback. Every point must be answered; feedback is required. */
    public void review(Check accurate, Check referral, Check risk, Check notes, String feedbackText, UserAccount by,
            Instant now) {
        if (status == Status.REVIEWED) {
            throw new InvalidInputException("accurateInformation", UserText.of("review.already",
                    reviewer.getDisplayName()));
        }
        require(accurate, "accurateInformation");
        require(referral, "rightReferral");
        require(risk, "riskHandled");
        require(notes, "notesClear");
        this.feedback = Text.required(feedbackText, "feedback", UserText.of("review.feedback.required"),
                FEEDBACK_MAX);
        this.accurateInformation = accurate;
        this.rightReferral = referral;
        this.riskHandled = risk;
        this.notesClear = notes;
        this.reviewer = Objects.requireNonNull(by, "by");
        this.completedAt = now;
        this.status = Status.REVIEWED;
    }

    /** The share of applicable points met (partly counts half), 0 to 1; NaN when nothing applied. */
    public double score() {
        double sum = 0;
        int counted = 0;
        for (Check check : new Check[] {accurateInformation, rightReferral, riskHandled, notesClear}) {
            if (check != null && !Double.isNaN(check.score())) {
                sum += check.score();
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    void seen(Instant now) {
        if (seenAt == null) {
            seenAt = now;
        }
    }

    public void checkVersion(long expected) {
        if (expected != version) {
            throw new ConcurrentEditException(UserText.of("concurrentEdit.review"),
                    reviewer == null ? UserText.of("who.anotherSupervisor") : reviewer.getDisplayName(),
                    completedAt == null ? createdAt : completedAt);
        }
    }

    private static void require(Check check, String field) {
        if (check == null) {
            throw new InvalidInputException(field, UserText.of("review.point.required"));
        }
    }

    public Long getId() {
        return id;
    }

    public Contact getContact() {
        return contact;
    }

    public UserAccount getAdviser() {
        return adviser;
    }

    public LocalDate getMonth() {
        return month;
    }

    public boolean isSampled() {
        return sampled;
    }

    public Status getStatus() {
        return status;
    }

    public Check getAccurateInformation() {
        return accurateInformation;
    }

    public Check getRightReferral() {
        return rightReferral;
    }

    public Check getRiskHandled() {
        return riskHandled;
    }

    public Check getNotesClear() {
        return notesClear;
    }

    public String getFeedback() {
        return feedback;
    }

    public UserAccount getReviewer() {
        return reviewer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getSeenAt() {
        return seenAt;
    }

    public long getVersion() {
        return version;
    }

    /** The caller of the contact reviewed. */
    @Override
    public Caller getCaller() {
        return contact.getCaller();
    }
}
