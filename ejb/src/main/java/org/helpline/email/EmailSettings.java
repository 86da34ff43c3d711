package org.helpline.email;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.helpline.safeguarding.RiskKind;

/**
 * What admins keep for the mailbox (one row): whether an automatic acknowledgement answers a new enquiry and its
 * words ({@value #ANSWER_BY} is replaced by when an adviser will answer), and the lists of words that suggest a
 * risk, one phrase a line.
 */
@Entity
@Table(name = "email_setting")
public class EmailSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The only row's id. */
    public static final long ID = 1L;
    /** In the acknowledgement: replaced by the day and time an answer is due. */
    public static final String ANSWER_BY = "{answer by}";
    public static final int TEXT_MAX = 4000;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private boolean acknowledge;

    @Column(nullable = false, length = TEXT_MAX)
    private String acknowledgement;

    @Column(name = "risk_to_life_words", nullable = false, length = TEXT_MAX)
    private String riskToLifeWords;

    @Column(name = "self_harm_words", nullable = false, length = TEXT_MAX)
    private String selfHarmWords;

    @Column(name = "abuse_words", nullable = false, length = TEXT_MAX)
    private String abuseWords;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    protected EmailSettings() {
    }

    /** The risk-word lists as {@link RiskWords} reads them. */
    public RiskWords riskWords() {
        Map<RiskKind, String> lists = new EnumMap<>(RiskKind.class);
        lists.put(RiskKind.RISK_TO_LIFE, riskToLifeWords);
        lists.put(RiskKind.SELF_HARM, selfHarmWords);
        lists.put(RiskKind.DOMESTIC_ABUSE, abuseWords);
        return new RiskWords(lists);
    }

    void change(boolean acknowledge, String acknowledgement, String riskToLifeWords, String selfHarmWords,
            String abuseWords, String by, Instant at) {
        this.acknowledge = acknowledge;
        this.acknowledgement = acknowledgement;
        this.riskToLifeWords = riskToLifeWords;
        this.selfHarmWords = selfHarmWords;
        this.abuseWords = abuseWords;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getVersion() {
        return version;
    }

    public boolean isAcknowledge() {
        return acknowledge;
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }

    public String getRiskToLifeWords() {
        return riskToLifeWords;
    }

    public String getSelfHarmWords() {
        return selfHarmWords;
    }

    public String getAbuseWords() {
        return abuseWords;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
