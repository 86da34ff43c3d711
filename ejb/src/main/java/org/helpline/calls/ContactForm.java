package org.helpline.calls;

import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;

import org.helpline.callers.CallerDetails;
import org.helpline.callers.ContactMethod;
import org.helpline.callers.MsType;
import org.helpline.followups.FollowUpForm;
import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.RiskLevel;

/**
 * Everything an adviser enters to log one contact, as entered: codes for the lists, the caller's
 * details as typed. The page binds to it and {@link ContactLog#log} checks and stores it, so the page
 * and the API obey the same rules.
 */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What to do about a case with this contact. */
    public enum CaseChoice {
        NONE, OPEN_NEW, ATTACH
    }

    private String idempotencyKey;
    private String channel = "phone";
    private Direction direction = Direction.INBOUND;
    private String line = "info-line";
    private Instant startedAt;
    private Integer durationMinutes;
    private Integer durationSeconds;
    private String callerType;
    private List<String> topics = new ArrayList<>();
    private String summary;
    private String informationGiven;
    private String outcome;
    private List<String> articlesGiven = new ArrayList<>();
    private boolean followUpNeeded;
    private boolean referralNeeded;

    private Long callerId;
    /** From the match the adviser linked: proof they were shown this caller (see CallerAccess). */
    private String callerToken;
    private boolean consentGiven;
    private String fullName;
    private String phone;
    private String otherPhone;
    private String email;
    private String postcodeDistrict;
    private MsType msType;
    private Integer diagnosisYear;
    private ContactMethod preferredContactMethod;
    private String preferredTimes;

    private CaseChoice caseChoice = CaseChoice.NONE;
    private String newCaseTitle;
    private Long caseId;

    private FollowUpForm followUp = new FollowUpForm();
    /** Ids of the caller's open follow-ups this contact dealt with ("done by this call"), in the order chosen. */
    private List<Long> completesFollowUps = new ArrayList<>();

    private String referTo;
    private boolean referralConsent;

    private Set<RiskKind> risks = EnumSet.noneOf(RiskKind.class);
    private RiskLevel riskLevel = RiskLevel.HIGH;
    private LocalDate riskExpiresOn;

    /** Whether any caller detail was typed. */
    public boolean hasCallerDetails() {
        return notBlank(fullName) || notBlank(phone) || notBlank(otherPhone) || notBlank(email)
                || notBlank(postcodeDistrict) || msType != null || diagnosisYear != null
                || preferredContactMethod != null || notBlank(preferredTimes);
    }

    public CallerDetails callerDetails() {
        List<String> phones = new ArrayList<>();
        if (notBlank(phone)) {
            phones.add(phone);
        }
        if (notBlank(otherPhone)) {
            phones.add(otherPhone);
        }
        return new CallerDetails(fullName, phones, email, postcodeDistrict, msType, diagnosisYear,
                preferredContactMethod, preferredTimes);
    }

    /** The duration in seconds from the minutes and seconds fields; null when neither is filled. */
    public Integer totalSeconds() {
        if (durationMinutes == null && durationSeconds == null) {
            return null;
        }
        long total = (durationMinutes == null ? 0L : durationMinutes) * 60L + (durationSeconds == null ? 0L : durationSeconds);
        // Out of range either way is refused by the contact (negative, or over a day), never wrapped round.
        return total > Integer.MAX_VALUE ? Integer.MAX_VALUE : total < 0 ? -1 : (int) total;
    }

    /**
     * A digest (SHA-256, hex) of everything the form says but its key, fields in name order: the same key
     * sent again with a form of another digest is another request, not a retry ({@link ContactLog#log}). The
     * follow-ups it completes count, in their order; a form completing none has the digest it had before forms
     * could complete any, so that a retry sent across that upgrade is still a retry.
     */
    public String fingerprint() {
        JsonObject fields;
        try (JsonReader reader = Json.createReader(new StringReader(Canonical.JSONB.toJson(this)))) {
            fields = reader.readObject();
        }
        var canonical = Json.createObjectBuilder(fields).remove("idempotencyKey");
        if (completesFollowUps.isEmpty()) {
            canonical.remove("completesFollowUps");
        }
        return sha256(canonical.build().toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The one Jsonb the fingerprints are written with, made when first needed: each costs much to make. */
    private static final class Canonical {
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
                .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
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

    /** Topic codes in the order picked (a list, as the topic picker binds to one). */
    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(topics));
    }

    /** Codes of the vetted articles read out or sent to the caller. */
    public List<String> getArticlesGiven() {
        return articlesGiven;
    }

    public void setArticlesGiven(List<String> articlesGiven) {
        this.articlesGiven = articlesGiven == null ? new ArrayList<>() : new ArrayList<>(articlesGiven);
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

    public Long getCallerId() {
        return callerId;
    }

    public void setCallerId(Long callerId) {
        this.callerId = callerId;
    }

    public String getCallerToken() {
        return callerToken;
    }

    public void setCallerToken(String callerToken) {
        this.callerToken = callerToken;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOtherPhone() {
        return otherPhone;
    }

    public void setOtherPhone(String otherPhone) {
        this.otherPhone = otherPhone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPostcodeDistrict() {
        return postcodeDistrict;
    }

    public void setPostcodeDistrict(String postcodeDistrict) {
        this.postcodeDistrict = postcodeDistrict;
    }

    public MsType getMsType() {
        return msType;
    }

    public void setMsType(MsType msType) {
        this.msType = msType;
    }

    public Integer getDiagnosisYear() {
        return diagnosisYear;
    }

    public void setDiagnosisYear(Integer diagnosisYear) {
        this.diagnosisYear = diagnosisYear;
    }

    public ContactMethod getPreferredContactMethod() {
        return preferredContactMethod;
    }

    public void setPreferredContactMethod(ContactMethod preferredContactMethod) {
        this.preferredContactMethod = preferredContactMethod;
    }

    public String getPreferredTimes() {
        return preferredTimes;
    }

    public void setPreferredTimes(String preferredTimes) {
        this.preferredTimes = preferredTimes;
    }

    public CaseChoice getCaseChoice() {
        return caseChoice;
    }

    public void setCaseChoice(CaseChoice caseChoice) {
        this.caseChoice = caseChoice == null ? CaseChoice.NONE : caseChoice;
    }

    public String getNewCaseTitle() {
        return newCaseTitle;
    }

    public void setNewCaseTitle(String newCaseTitle) {
        this.newCaseTitle = newCaseTitle;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    /** The service (code) to refer the caller to when {@link #isReferralNeeded()}. */
    public String getReferTo() {
        return referTo;
    }

    public void setReferTo(String referTo) {
        this.referTo = referTo;
    }

    public boolean isReferralConsent() {
        return referralConsent;
    }

    public void setReferralConsent(boolean referralConsent) {
        this.referralConsent = referralConsent;
    }

    /** The follow-up to book when {@link #isFollowUpNeeded()}. */
    public FollowUpForm getFollowUp() {
        return followUp;
    }

    public void setFollowUp(FollowUpForm followUp) {
        this.followUp = followUp == null ? new FollowUpForm() : followUp;
    }

    /** Ids of the caller's open follow-ups this contact completes, each at most once, in the order chosen. */
    public List<Long> getCompletesFollowUps() {
        return completesFollowUps;
    }

    public void setCompletesFollowUps(List<Long> completesFollowUps) {
        this.completesFollowUps = completesFollowUps == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(completesFollowUps));
    }

    public Set<RiskKind> getRisks() {
        return risks;
    }

    public void setRisks(Set<RiskKind> risks) {
        this.risks = risks == null || risks.isEmpty() ? EnumSet.noneOf(RiskKind.class) : EnumSet.copyOf(risks);
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public LocalDate getRiskExpiresOn() {
        return riskExpiresOn;
    }

    public void setRiskExpiresOn(LocalDate riskExpiresOn) {
        this.riskExpiresOn = riskExpiresOn;
    }
}
