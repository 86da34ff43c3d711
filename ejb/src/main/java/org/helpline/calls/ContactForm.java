package org.helpline.calls;

import static org.helpline.shared.JsonValues.JSON;

import java.io.Serializable;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.helpline.followups.FollowUpForm;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.forms.CrossFieldRules;
import org.helpline.shared.forms.FieldRefusal;
import org.helpline.shared.forms.FlatJson;
import org.helpline.shared.forms.Flattened;
import org.helpline.shared.forms.Rules;

/**
 * Everything an adviser enters to log one contact, in its parts: the contact, the caller, the case, the
 * follow-up, the referral and the risk. Each part's field rules are Bean Validation constraints on it, and the
 * rules across parts are in {@link #check}; {@link #refusals} finds them all in one pass. The page binds to it
 * and {@link ContactLog#log} checks and stores it, so the page and the API obey the same rules; the entities
 * keep their own invariants as the last line of defence.
 * <p>
 * On the wire and in drafts it is one flat object ({@link FlatJson}): the parts' fields beside the key, the
 * follow-up as its own object, as the API has always taken it.
 */
@CrossFieldRules
@JsonbTypeSerializer(ContactForm.Writer.class)
@JsonbTypeDeserializer(ContactForm.Reader.class)
public class ContactForm implements Serializable, Rules.Checked {

    private static final long serialVersionUID = 1L;

    /** What to do about a case with this contact. */
    public enum CaseChoice {
        NONE, OPEN_NEW, ATTACH
    }

    /** A contact may start this far ahead of the server's clock (a workstation's clock a little fast). */
    private static final long CLOCK_SKEW_SECONDS = 120;

    private String idempotencyKey;
    @Valid
    @Flattened
    private ContactPart contact = new ContactPart();
    @Valid
    @Flattened
    private CallerPart caller = new CallerPart();
    @Valid
    @Flattened
    private CasePart filing = new CasePart();
    /** Checked only when the contact says a follow-up is needed ({@link #refusals}). */
    private FollowUpForm followUp = new FollowUpForm();
    @Valid
    @Flattened
    private ReferralPart referral = new ReferralPart();
    @Valid
    @Flattened
    private RiskPart risk = new RiskPart();

    /**
     * Every refusal of this form, field rules and rules across fields alike, in one pass: the follow-up's
     * only when one is needed. Fields are named as the JSON names them.
     */
    public List<FieldRefusal> refusals(Validator validator) {
        List<FieldRefusal> refusals = new ArrayList<>();
        for (ConstraintViolation<ContactForm> v : validator.validate(this)) {
            refusals.add(new FieldRefusal(FlatJson.jsonName(ContactForm.class, v.getPropertyPath().toString()), v.getMessage()));
        }
        if (contact.isFollowUpNeeded()) {
            for (ConstraintViolation<FollowUpForm> v : validator.validate(followUp)) {
                refusals.add(new FieldRefusal("followUp." + v.getPropertyPath(), v.getMessage()));
            }
        }
        refusals.sort(Comparator.comparing(FieldRefusal::field));
        return refusals;
    }

    /** The rules across fields and parts: each names the field the adviser must change. */
    @Override
    public void check(Rules rules) {
        Integer seconds = contact.totalSeconds();
        if (rules.require(seconds != null, "contact.duration", "{contact.duration.required}")) {
            rules.require(seconds >= 0, "contact.duration", "{contact.duration.negative}");
            rules.require(seconds <= 24 * 3600, "contact.duration", "{contact.duration.tooLong}");
        }
        Instant started = contact.getStartedAt();
        if (started != null) {
            rules.require(!started.isAfter(Instant.now().plusSeconds(CLOCK_SKEW_SECONDS)), "contact.startedAt",
                    "{contact.startedAt.future}");
            rules.require(!started.isBefore(Instant.parse("1900-01-01T00:00:00Z")), "contact.startedAt",
                    "{contact.startedAt.tooEarly}");
        }
        if (caller.getCallerId() == null && caller.isConsentGiven() && caller.hasDetails()) {
            caller.details().refusals().forEach(r -> rules.refuse("caller." + r.field(), r.message()));
        }
        switch (filing.getCaseChoice()) {
            case OPEN_NEW -> rules.require(caller.willHaveCaller(), "filing.caseChoice", "{case.needsCaller}");
            case ATTACH -> {
                if (rules.require(filing.getCaseId() != null, "filing.caseId", "{case.choose}")) {
                    rules.require(caller.getCallerId() != null, "filing.caseId", "{case.linkCallerFirst}");
                }
            }
            case NONE -> {
            }
        }
        if (contact.isReferralNeeded() && referral.chosen()) {
            rules.require(caller.willHaveCaller(), "referral.referTo", "{referral.needsCaller}");
            rules.require(referral.isReferralConsent(), "referral.referralConsent", "{referral.consent}");
        }
        if (risk.any()) {
            rules.require(risk.getRiskLevel() != null, "risk.riskLevel", "{risk.level.required}");
            LocalDate expires = risk.getRiskExpiresOn();
            rules.require(expires == null || expires.isAfter(LocalDate.now(HelplineTime.CLOCK)), "risk.riskExpiresOn",
                    "{risk.expiry.future}");
        }
    }

    /**
     * A digest (SHA-256, hex) of everything the form says but its key, fields in name order: the same key
     * sent again with a form of another digest is another request, not a retry ({@link ContactLog#log}). The
     * follow-ups it completes count, in their order; a form completing none has the digest it had before forms
     * could complete any, so that a retry sent across that upgrade is still a retry.
     */
    public String fingerprint() {
        var canonical = JSON.createObjectBuilder(FlatJson.toJson(this)).remove("idempotencyKey");
        if (caller.getCompletesFollowUps().isEmpty()) {
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

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public ContactPart getContact() {
        return contact;
    }

    public void setContact(ContactPart contact) {
        this.contact = contact == null ? new ContactPart() : contact;
    }

    public CallerPart getCaller() {
        return caller;
    }

    public void setCaller(CallerPart caller) {
        this.caller = caller == null ? new CallerPart() : caller;
    }

    public CasePart getFiling() {
        return filing;
    }

    public void setFiling(CasePart filing) {
        this.filing = filing == null ? new CasePart() : filing;
    }

    /** The follow-up to book when the contact says one is needed. */
    public FollowUpForm getFollowUp() {
        return followUp;
    }

    public void setFollowUp(FollowUpForm followUp) {
        this.followUp = followUp == null ? new FollowUpForm() : followUp;
    }

    public ReferralPart getReferral() {
        return referral;
    }

    public void setReferral(ReferralPart referral) {
        this.referral = referral == null ? new ReferralPart() : referral;
    }

    public RiskPart getRisk() {
        return risk;
    }

    public void setRisk(RiskPart risk) {
        this.risk = risk == null ? new RiskPart() : risk;
    }

    /** Writes the form as one flat object. */
    public static class Writer implements JsonbSerializer<ContactForm> {
        @Override
        public void serialize(ContactForm form, JsonGenerator generator, SerializationContext context) {
            context.serialize(FlatJson.toJson(form), generator);
        }
    }

    /** Reads the flat object: a member that is no field of the form is refused. */
    public static class Reader implements JsonbDeserializer<ContactForm> {
        @Override
        public ContactForm deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return FlatJson.fromJson(context.deserialize(JsonObject.class, parser), ContactForm.class);
        }
    }
}
