package org.helpline.view.calls;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.helpline.callers.ContactMethod;
import org.helpline.callers.MsType;
import org.helpline.calls.ContactForm;
import org.helpline.calls.Direction;
import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.RiskLevel;

/**
 * Turns the contact form's submitted fields into a draft (JSON) and a draft back into a form. A draft
 * keeps what was typed even when it would not pass validation yet; restoring drops what no longer
 * fits.
 */
final class DraftFields {

    /** The form's inputs, by component id. */
    static final List<String> TEXT = List.of("channel", "direction", "line", "startedAt", "duration",
            "durationSeconds", "phone", "fullName", "email", "otherPhone", "postcodeDistrict", "msType",
            "diagnosisYear", "preferredContactMethod", "preferredTimes", "consentGiven", "callerType", "summary",
            "informationGiven", "outcome", "followUpNeeded", "referralNeeded", "caseChoice", "newCaseTitle",
            "caseId", "riskLevel", "riskExpiry");

    private DraftFields() {
    }

    static String capture(Map<String, String[]> submitted, String formId, List<String> topics, Long callerId,
            String callerToken) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (String field : TEXT) {
            String[] values = submitted.get(formId + ":" + field);
            if (values != null && values.length > 0 && values[0] != null && !values[0].isEmpty()) {
                json.add(field, values[0]);
            }
        }
        for (String many : List.of("risks", "articlesGiven")) {
            String[] values = submitted.get(formId + ":" + many);
            if (values != null) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                for (String value : values) {
                    array.add(value);
                }
                json.add(many, array);
            }
        }
        JsonArrayBuilder chosen = Json.createArrayBuilder();
        topics.forEach(chosen::add);
        json.add("topics", chosen);
        if (callerId != null) {
            json.add("callerId", callerId);
            if (callerToken != null) {
                json.add("callerToken", callerToken);
            }
        }
        return json.build().toString();
    }

    /** Fills the form from a draft; answers the started-at time typed, if any. */
    static LocalDateTime restore(String draft, ContactForm form) {
        JsonObject json = Json.createReader(new StringReader(draft)).readObject();
        set(json, "channel", form::setChannel, s -> s);
        set(json, "direction", form::setDirection, Direction::valueOf);
        set(json, "line", form::setLine, s -> s);
        set(json, "duration", form::setDurationMinutes, Integer::valueOf);
        set(json, "durationSeconds", form::setDurationSeconds, Integer::valueOf);
        set(json, "phone", form::setPhone, s -> s);
        set(json, "fullName", form::setFullName, s -> s);
        set(json, "email", form::setEmail, s -> s);
        set(json, "otherPhone", form::setOtherPhone, s -> s);
        set(json, "postcodeDistrict", form::setPostcodeDistrict, s -> s);
        set(json, "msType", form::setMsType, MsType::valueOf);
        set(json, "diagnosisYear", form::setDiagnosisYear, Integer::valueOf);
        set(json, "preferredContactMethod", form::setPreferredContactMethod, ContactMethod::valueOf);
        set(json, "preferredTimes", form::setPreferredTimes, s -> s);
        form.setConsentGiven(json.containsKey("consentGiven"));
        set(json, "callerType", form::setCallerType, s -> s);
        set(json, "summary", form::setSummary, s -> s);
        set(json, "informationGiven", form::setInformationGiven, s -> s);
        set(json, "outcome", form::setOutcome, s -> s);
        form.setFollowUpNeeded(json.containsKey("followUpNeeded"));
        form.setReferralNeeded(json.containsKey("referralNeeded"));
        set(json, "caseChoice", form::setCaseChoice, ContactForm.CaseChoice::valueOf);
        set(json, "newCaseTitle", form::setNewCaseTitle, s -> s);
        set(json, "caseId", form::setCaseId, Long::valueOf);
        set(json, "riskLevel", form::setRiskLevel, RiskLevel::valueOf);
        set(json, "riskExpiry", form::setRiskExpiresOn, LocalDate::parse);
        EnumSet<RiskKind> risks = EnumSet.noneOf(RiskKind.class);
        strings(json, "risks").forEach(r -> {
            try {
                risks.add(RiskKind.valueOf(r));
            } catch (IllegalArgumentException ignored) {
                // a kind that no longer exists is dropped
            }
        });
        form.setRisks(risks);
        form.setTopics(strings(json, "topics"));
        form.setArticlesGiven(strings(json, "articlesGiven"));
        if (json.containsKey("callerId")) {
            form.setCallerId(json.getJsonNumber("callerId").longValue());
            form.setCallerToken(json.getString("callerToken", null));
        }
        try {
            return json.containsKey("startedAt") ? LocalDateTime.parse(json.getString("startedAt")) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static <T> void set(JsonObject json, String field, Consumer<T> setter, Function<String, T> parse) {
        JsonValue value = json.get(field);
        if (value instanceof JsonString text) {
            try {
                setter.accept(parse.apply(text.getString()));
            } catch (RuntimeException e) {
                // what was typed no longer parses: leave the field empty for the adviser to fill in
            }
        }
    }

    private static List<String> strings(JsonObject json, String field) {
        List<String> values = new ArrayList<>();
        if (json.containsKey(field)) {
            json.getJsonArray(field).getValuesAs(JsonString.class).forEach(s -> values.add(s.getString()));
        }
        return values;
    }
}
