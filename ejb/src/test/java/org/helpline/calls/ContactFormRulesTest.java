package org.helpline.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.helpline.safeguarding.RiskKind;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.forms.FieldRefusal;
import org.helpline.shared.forms.FlatJson;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The contact form's rules, all found in one pass, and its flat JSON. */
class ContactFormRulesTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static ContactForm complete() {
        ContactForm form = new ContactForm();
        form.setIdempotencyKey("form-1");
        ContactPart c = form.getContact();
        c.setStartedAt(Instant.now().minusSeconds(300));
        c.setDurationMinutes(4);
        c.setCallerType("person-with-ms");
        c.setTopics(List.of("symptoms.fatigue"));
        c.setSummary("Asked about fatigue at work");
        c.setOutcome("information-given");
        return form;
    }

    private static Map<String, String> refusals(ContactForm form) {
        return form.refusals(VALIDATOR).stream().collect(Collectors.toMap(FieldRefusal::field, FieldRefusal::message,
                (a, b) -> a + " | " + b));
    }

    @Test
    void aCompleteFormPasses() {
        assertEquals(Map.of(), refusals(complete()));
    }

    @Test
    void anEmptyFormIsRefusedAtEveryFieldAtOnceWithTheMessagesAdvisersRead() {
        ContactForm empty = new ContactForm();
        Map<String, String> refused = refusals(empty);
        assertEquals(Set.of("startedAt", "duration", "callerType", "topics", "summary", "outcome"), refused.keySet());
        assertEquals("Choose who is calling (or Unknown)", refused.get("callerType"));
        assertEquals("Choose at least one topic", refused.get("topics"));
        assertEquals("Enter how long the contact took", refused.get("duration"));
    }

    @Test
    void theRulesAcrossPartsNameTheFieldToChange() {
        ContactForm form = complete();
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getContact().setReferralNeeded(true);
        form.getReferral().setReferTo("facets");
        form.getRisk().setRisks(Set.of(RiskKind.values()[0]));
        form.getRisk().setRiskExpiresOn(LocalDate.now(HelplineTime.CLOCK));
        form.getContact().setFollowUpNeeded(true);
        form.getFollowUp().setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).minusDays(1));
        form.getFollowUp().setNumberToRing("not a number");
        Map<String, String> refused = refusals(form);
        assertEquals(Set.of("caseChoice", "referTo", "referralConsent", "riskExpiresOn", "followUp.dueFrom",
                "followUp.reason", "followUp.numberToRing"), refused.keySet());
        assertTrue(refused.get("referralConsent").startsWith("Ask the caller's consent"));

        form.getContact().setFollowUpNeeded(false);
        assertTrue(refusals(form).keySet().stream().noneMatch(f -> f.startsWith("followUp.")),
                "a follow-up not asked for is not checked");
    }

    @Test
    void aNewCallersDetailsAreCheckedTogetherOnlyWhenTheyWillBeKept() {
        ContactForm form = complete();
        form.getCaller().setEmail("not-an-email");
        form.getCaller().setPostcodeDistrict("??");
        form.getCaller().setDiagnosisYear(1800);
        assertEquals(Map.of(), refusals(form), "without consent nothing identifying is kept, so nothing is checked");
        form.getCaller().setConsentGiven(true);
        assertEquals(Set.of("email", "postcodeDistrict", "diagnosisYear"), refusals(form).keySet());
    }

    @Test
    void aContactCannotStartInTheFutureNorLastADay() {
        ContactForm form = complete();
        form.getContact().setStartedAt(Instant.now().plusSeconds(3600));
        form.getContact().setDurationMinutes(24 * 60 + 1);
        Map<String, String> refused = refusals(form);
        assertEquals("A contact cannot start in the future", refused.get("startedAt"));
        assertEquals("A contact cannot last more than 24 hours", refused.get("duration"));
    }

    @Test
    void theJsonIsOneFlatObjectOfEveryPartsFieldsAndReadsBackTheSame() {
        Set<String> members = FlatJson.memberTypes(ContactForm.class).keySet();
        assertTrue(members.containsAll(List.of("idempotencyKey", "channel", "summary", "fullName", "completesFollowUps",
                "caseChoice", "followUp", "referTo", "referralConsent", "risks", "riskExpiresOn")), members.toString());
        ContactForm form = complete();
        form.getCaller().setFullName("Ann Other");
        form.getFollowUp().setReason("Ring back about FACETS");
        form.getRisk().setRisks(Set.of(RiskKind.values()[0]));
        JsonObject json = FlatJson.toJson(form);
        assertEquals("Ann Other", json.getString("fullName"));
        assertEquals("Ring back about FACETS", json.getJsonObject("followUp").getString("reason"));
        ContactForm back = FlatJson.fromJson(json, ContactForm.class);
        assertEquals(json, FlatJson.toJson(back));
        assertEquals(form.fingerprint(), back.fingerprint());
    }

    @Test
    void theApiIsStrictWhereADraftIsLenient() {
        JsonObject json = Json.createObjectBuilder().add("summary", "Kept").add("colour", "red")
                .add("durationMinutes", "ten").build();
        assertThrows(JsonbException.class, () -> FlatJson.fromJson(json, ContactForm.class));
        FlatJson.Read<ContactForm> draft = FlatJson.fromDraft(json, ContactForm.class);
        assertEquals("Kept", draft.value().getContact().getSummary());
        assertEquals(List.of("colour", "durationMinutes"), draft.dropped().stream().sorted().toList());
    }
}
