package org.helpline.calls;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The contact itself, as the adviser enters it: how, when, who is calling, what about and how it ended. */
public class ContactPart implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{contact.channel.required}")
    private String channel = "phone";
    @NotNull(message = "{contact.direction.required}")
    private Direction direction = Direction.INBOUND;
    @NotBlank(message = "{contact.line.required}")
    private String line = "info-line";
    @NotNull(message = "{contact.startedAt.required}")
    private Instant startedAt;
    private Integer durationMinutes;
    private Integer durationSeconds;
    @NotBlank(message = "{contact.callerType.required}")
    private String callerType;
    @NotEmpty(message = "{contact.topics.required}")
    private List<String> topics = new ArrayList<>();
    @NotBlank(message = "{contact.summary.required}")
    @Size(max = 10_000, message = "{contact.summary.size}")
    private String summary;
    @Size(max = 4_000, message = "{contact.informationGiven.size}")
    private String informationGiven;
    @NotBlank(message = "{contact.outcome.required}")
    private String outcome;
    private List<String> articlesGiven = new ArrayList<>();
    private boolean followUpNeeded;
    private boolean referralNeeded;
    /** The email this contact records, when it is logged from an email enquiry (org.helpline.email). */
    private Long emailId;

    /** The duration in seconds from the minutes and seconds fields; null when neither is filled. */
    public Integer totalSeconds() {
        if (durationMinutes == null && durationSeconds == null) {
            return null;
        }
        long total = (durationMinutes == null ? 0L : durationMinutes) * 60L + (durationSeconds == null ? 0L : durationSeconds);
        // Out of range either way is refused, never wrapped round.
        return total > Integer.MAX_VALUE ? Integer.MAX_VALUE : total < 0 ? -1 : (int) total;
    }

    public Long getEmailId() {
        return emailId;
    }

    public void setEmailId(Long emailId) {
        this.emailId = emailId;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public void setDurationSeconds(Integer durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    public String getCallerType() {
        return callerType;
    }

    public void setCallerType(String callerType) {
        this.callerType = callerType;
    }

    /** Topic codes in the order picked, each once. */
    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(topics));
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getInformationGiven() {
        return informationGiven;
    }

    public void setInformationGiven(String informationGiven) {
        this.informationGiven = informationGiven;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    /** Codes of the vetted articles read out or sent to the caller. */
    public List<String> getArticlesGiven() {
        return articlesGiven;
    }

    public void setArticlesGiven(List<String> articlesGiven) {
        this.articlesGiven = articlesGiven == null ? new ArrayList<>() : new ArrayList<>(articlesGiven);
    }

    public boolean isFollowUpNeeded() {
        return followUpNeeded;
    }

    public void setFollowUpNeeded(boolean followUpNeeded) {
        this.followUpNeeded = followUpNeeded;
    }

    public boolean isReferralNeeded() {
        return referralNeeded;
    }

    public void setReferralNeeded(boolean referralNeeded) {
        this.referralNeeded = referralNeeded;
    }
}
