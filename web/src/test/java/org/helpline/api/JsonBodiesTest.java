package org.helpline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;

import org.junit.jupiter.api.Test;

import org.helpline.api.referrals.ReferralsResource;
import org.helpline.calls.ContactForm;

/** The strict reading of JSON bodies: every field at fault named, nothing bound that does not fit. */
class JsonBodiesTest {

    @Test
    void theHostileContactIsRefusedNamingEachField() {
        List<String> fields = fields("{\"consentGiven\":\"yes\",\"followUpNeeded\":\"yes\",\"durationSeconds\":4294967356,"
                + "\"durationMinutes\":1.5,\"summary\":\"Fine\",\"fullName\":\"A Caller\"}", ContactForm.class);
        assertEquals(List.of("consentGiven", "followUpNeeded", "durationSeconds", "durationMinutes"), fields);
    }

    @Test
    void unknownFieldsNestedFieldsListsAndNullsAreNamed() {
        assertEquals(List.of("colour"), fields("{\"colour\":\"red\"}", ContactForm.class));
        assertEquals(List.of("followUp.dueFrom", "followUp.when"),
                fields("{\"followUp\":{\"dueFrom\":\"tomorrow\",\"when\":1}}", ContactForm.class));
        assertEquals(List.of("topics[1]"), fields("{\"topics\":[\"symptoms.fatigue\",7]}", ContactForm.class));
        assertEquals(List.of("risks[0]"), fields("{\"risks\":[\"NOT_A_RISK\"]}", ContactForm.class));
        assertEquals(List.of("startedAt"), fields("{\"startedAt\":\"yesterday\"}", ContactForm.class));
        assertEquals(List.of("summary"), fields("{\"summary\":42}", ContactForm.class));
        assertEquals(List.of("consentGiven"), fields("{\"consentGiven\":null}", ReferralsResource.NewReferral.class));
        assertEquals(List.of("contactId"), fields("{\"contactId\":\"12\"}", ReferralsResource.NewReferral.class));
        assertEquals(List.of("body"), fields("[1, 2]", ContactForm.class));
        assertTrue(fields("{\"contactId\":null,\"note\":null,\"caseId\":12,\"consentGiven\":true}",
                ReferralsResource.NewReferral.class).isEmpty(), "null is 'not given' where a field may be left out");
        assertTrue(fields("{\"durationSeconds\":6E1,\"durationMinutes\":0}", ContactForm.class).isEmpty(),
                "6E1 is a whole number");
    }

    @Test
    void aBodyThatFitsIsBoundAsJsonBWouldBindIt() {
        ContactForm form = (ContactForm) read("{\"durationSeconds\":30,\"consentGiven\":true,\"topics\":[\"a\",\"b\"],"
                + "\"followUp\":{\"dueFrom\":\"2026-12-03T09:00:00\"},\"caseChoice\":\"OPEN_NEW\"}", ContactForm.class);
        assertEquals(30, form.getContact().getDurationSeconds());
        assertTrue(form.getCaller().isConsentGiven());
        assertEquals(List.of("a", "b"), form.getContact().getTopics());
        assertEquals(ContactForm.CaseChoice.OPEN_NEW, form.getFiling().getCaseChoice());
        assertEquals(9, form.getFollowUp().getDueFrom().getHour());
    }

    @Test
    void duplicateNamesAndNonJsonAreNotJson() {
        assertThrows(JsonException.class, () -> read("{\"consentGiven\":false,\"consentGiven\":true}", ContactForm.class));
        assertThrows(JsonParsingException.class, () -> read("{\"summary\": \"unfinished", ContactForm.class));
    }

    private static Object read(String json, Class<?> type) {
        return JsonBodies.bind(JsonBodies.parse(json.getBytes(StandardCharsets.UTF_8)), type);
    }

    private static List<String> fields(String json, Class<?> type) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return JsonBodies.check(reader.readValue(), type).stream().map(Problem.FieldError::field).toList();
        }
    }
}
