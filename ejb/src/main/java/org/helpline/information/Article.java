package org.helpline.information;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.Version;

import org.helpline.security.UserAccount;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Text;
import org.helpline.shared.UserText;
import org.helpline.topics.Topic;

/**
 * A piece of vetted information. Its rules: it has a title, a short summary an adviser can read out, a
 * body, an owner and at least one topic; a review-by date it is given is never in the past (editing
 * the text of a stale article leaves it stale); once that date passes it is stale, which advisers see beside it and admins see in their list.
 */
@Entity
@Table(name = "article")
public class Article implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 500;
    static final int BODY_MAX = 8000;
    static final int OWNER_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 60, unique = true, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleKind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(nullable = false, length = OWNER_MAX)
    private String owner;

    @Column(name = "review_by", nullable = false)
    private LocalDate reviewBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status;

    /** A scam alert shows beside every contact form until this day (inclusive); open-ended when null. */
    @Column(name = "alert_until")
    private LocalDate alertUntil;

    @ManyToMany
    @JoinTable(name = "article_topic", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Null while the article is as the seed data wrote it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by_id")
    private UserAccount updatedBy;

    @Version
    private long version;

    protected Article() {
    }

    /** A new draft; seed data and admins publish it once it is written. */
    public Article(String code, ArticleKind kind, Instant now) {
        this.code = Objects.requireNonNull(code, "code");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = ArticleStatus.DRAFT;
        this.updatedAt = now;
    }

    /**
     * Sets what the article says and who answers for it. Refuses a blank or overlong field, no topic, and
     * a review-by date before {@code today}.
     */
    public Article write(String title, String summary, String body, String owner, Set<Topic> about,
            LocalDate reviewBy, LocalDate alertUntil, LocalDate today) {
        this.title = Text.required(title, "title", UserText.of("article.title.required"), TITLE_MAX);
        this.summary = Text.required(summary, "summary", UserText.of("article.summary.required"), SUMMARY_MAX);
        this.body = Text.required(body, "body", UserText.of("article.body.required"), BODY_MAX);
        this.owner = Text.required(owner, "owner", UserText.of("article.owner.required"), OWNER_MAX);
        if (about == null || about.isEmpty()) {
            throw new InvalidInputException("topics", UserText.of("article.topics.required"));
        }
        if (!Objects.equals(reviewBy, this.reviewBy)) {
            checkReviewBy(reviewBy, today, "reviewBy");
        }
        if (alertUntil != null && kind != ArticleKind.SCAM_ALERT) {
            throw new InvalidInputException("alertUntil", UserText.of("article.alertUntil.notScam"));
        }
        this.topics.clear();
        this.topics.addAll(about);
        this.reviewBy = reviewBy;
        this.alertUntil = alertUntil;
        return this;
    }

    /** Someone checked the article is still right; it is fresh until {@code nextReviewBy}. */
    public void reviewed(LocalDate nextReviewBy, LocalDate today, UserAccount by, Instant now) {
        checkReviewBy(nextReviewBy, today, "nextReviewBy");
        if (!nextReviewBy.isAfter(today)) {
            throw new InvalidInputException("nextReviewBy", UserText.of("article.nextReviewBy.future"));
        }
        this.reviewBy = nextReviewBy;
        touch(by, now);
    }

    public void publish(UserAccount by, Instant now) {
        status = ArticleStatus.PUBLISHED;
        touch(by, now);
    }

    public void withdraw(UserAccount by, Instant now) {
        status = ArticleStatus.WITHDRAWN;
        touch(by, now);
    }

    void touch(UserAccount by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Published but past its review-by date: advisers should check it before reading it out. */
    public boolean isStaleOn(LocalDate today) {
        return status == ArticleStatus.PUBLISHED && reviewBy.isBefore(today);
    }

    /** A published scam alert whose end date, if any, has not passed. */
    public boolean isActiveAlertOn(LocalDate today) {
        return kind == ArticleKind.SCAM_ALERT && status == ArticleStatus.PUBLISHED
                && (alertUntil == null || !alertUntil.isBefore(today));
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** Refuses a change made to a copy older than this article. */
    public void checkVersion(long expected) {
        if (expected != version) {
            throw new ConcurrentEditException(UserText.of("concurrentEdit.article"),
                    updatedBy == null ? UserText.of("who.someone") : updatedBy.getDisplayName(),
                    updatedAt);
        }
    }

    private static void checkReviewBy(LocalDate reviewBy, LocalDate today, String field) {
        if (reviewBy == null) {
            throw new InvalidInputException(field, UserText.of("article.reviewBy.required"));
        }
        if (reviewBy.isBefore(today)) {
            throw new InvalidInputException(field, UserText.of("article.reviewBy.past"));
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getReviewBy() {
        return reviewBy;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public LocalDate getAlertUntil() {
        return alertUntil;
    }

    public Set<Topic> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UserAccount getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
