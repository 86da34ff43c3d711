package org.helpline.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.helpline.shared.forms.FlatJson;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Unsaved contact forms are kept per adviser, every field of them, until saved or discarded. */
@ExtendWith(ArquillianExtension.class)
class ContactDraftsIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    ContactDrafts drafts;

    @Inject
    ContactLog log;

    @Inject
    Database db;

    private static ContactForm form(String key, String summary) {
        ContactForm form = new ContactForm();
        form.setIdempotencyKey(key);
        form.getContact().setSummary(summary);
        return form;
    }

    private String latestSummary(AsAdviser as) {
        return as.call(() -> drafts.read(drafts.latestMine().orElseThrow()).value().getContact().getSummary());
    }

    @Test
    void theLatestDraftComesBackToItsAdviserOnly() {
        String key = UUID.randomUUID().toString();
        adviser.run(() -> drafts.keep(form(key, "Half-typed"), null));
        adviser.run(() -> drafts.keep(form(key, "Half-typed, then more"), null));

        assertEquals("Half-typed, then more", latestSummary(adviser));
        assertEquals(1, db.count("select count(d) from ContactDraft d where d.idempotencyKey = '" + key + "'"));
        assertTrue(supervisor.call(() -> drafts.latestMine().map(d -> !d.getIdempotencyKey().equals(key)).orElse(true)),
                "another adviser never sees it");

        supervisor.run(() -> drafts.discard(key));
        assertEquals(1, db.count("select count(d) from ContactDraft d where d.idempotencyKey = '" + key + "'"),
                "nor throws it away");
        supervisor.run(() -> drafts.keep(form(key, "The supervisor's own form"), null));
        assertEquals("Half-typed, then more", latestSummary(adviser),
                "keys are each adviser's own: the same key from another is another draft");
        assertEquals("The supervisor's own form",
                supervisor.call(() -> drafts.read(drafts.latestMine().orElseThrow()).value().getContact().getSummary()));
        supervisor.run(() -> drafts.discard(key));
        adviser.run(() -> drafts.discard(key));
        assertEquals(0, db.count("select count(d) from ContactDraft d where d.idempotencyKey = '" + key + "'"));
    }

    @Test
    void savingTheContactClearsItsDraftAndALateAutosaveDoesNotBringItBack() {
        ContactForm form = ContactForms.anonymousCall();
        adviser.run(() -> drafts.keep(form, null));

        adviser.run(() -> log.log(form));
        form.getContact().setSummary("late");
        adviser.run(() -> drafts.keep(form, null));

        assertEquals(0, db.count("select count(d) from ContactDraft d where d.idempotencyKey = '"
                + form.getIdempotencyKey() + "'"));
    }

    /**
     * Every field of the form, driven from the form's own classes (a field added tomorrow is covered without
     * touching this test), comes back from a draft as it was typed, with the call's start.
     */
    @Test
    void everyFieldOfTheFormSurvivesADraftRoundTrip() {
        JsonObject everyField = sample(ContactForm.class);
        ContactForm typed = FlatJson.fromJson(everyField, ContactForm.class);
        typed.setIdempotencyKey(UUID.randomUUID().toString());
        Instant callStart = Instant.parse("2026-12-01T09:14:27Z");
        adviser.run(() -> drafts.keep(typed, callStart));

        ContactDraft kept = adviser.call(() -> drafts.latestMine().orElseThrow());
        FlatJson.Read<ContactForm> back = adviser.call(() -> drafts.read(kept));
        assertEquals(List.of(), back.dropped());
        assertEquals(callStart, kept.getCallStartedAt());
        assertEquals(typed.getIdempotencyKey(), back.value().getIdempotencyKey());
        JsonObject restored = FlatJson.toJson(back.value());
        for (String member : everyField.keySet()) {
            assertEquals(everyField.get(member), restored.get(member), member + " came back as typed");
        }
        adviser.run(() -> drafts.discard(typed.getIdempotencyKey()));
    }

    @Test
    void aDraftKeptBeforeTheFormChangedDropsOnlyWhatNoLongerFitsAndSaysWhat() {
        String key = UUID.randomUUID().toString();
        adviser.run(() -> drafts.keep(form(key, "placeholder"), null));
        db.nativeUpdate("update contact_draft set fields = ?1 where idempotency_key = ?2",
                "{\"summary\":\"Kept\",\"durationMinutes\":\"twelve\",\"favouriteColour\":\"blue\","
                        + "\"followUp\":{\"reason\":\"Ring back\",\"when\":\"soon\"}}", key);

        FlatJson.Read<ContactForm> back = adviser.call(() -> drafts.read(drafts.latestMine().orElseThrow()));
        assertEquals("Kept", back.value().getContact().getSummary());
        assertEquals("Ring back", back.value().getFollowUp().getReason());
        assertEquals(List.of("durationMinutes", "favouriteColour", "followUp.when"), back.dropped().stream().sorted().toList());
        adviser.run(() -> drafts.discard(key));
    }

    /** A value for every member of a form, of its type and unlike the form's defaults. */
    private static JsonObject sample(Class<?> formType) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (Map.Entry<String, Type> member : FlatJson.memberTypes(formType).entrySet()) {
            if (!member.getKey().equals("idempotencyKey")) {
                json.add(member.getKey(), sampleOf(member.getKey(), member.getValue()));
            }
        }
        return json.build();
    }

    private static JsonValue sampleOf(String name, Type type) {
        if (type instanceof ParameterizedType list) {
            return Json.createArrayBuilder().add(sampleOf(name, list.getActualTypeArguments()[0])).build();
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return Json.createValue("typed " + name);
        } else if (raw == Integer.class || raw == int.class) {
            return Json.createValue(7);
        } else if (raw == Long.class || raw == long.class) {
            return Json.createValue(11L);
        } else if (raw == boolean.class || raw == Boolean.class) {
            return JsonValue.TRUE;
        } else if (raw.isEnum()) {
            Object[] values = raw.getEnumConstants();
            return Json.createValue(((Enum<?>) values[values.length - 1]).name());
        } else if (raw == Instant.class) {
            return Json.createValue("2026-11-30T09:15:00Z");
        } else if (raw == java.time.LocalDate.class) {
            return Json.createValue("2026-12-24");
        } else if (raw == java.time.LocalDateTime.class) {
            return Json.createValue("2026-12-24T10:30:00");
        } else if (raw.getName().startsWith("org.helpline.")) {
            return sample(raw);
        }
        throw new AssertionError("No sample for " + name + " of " + type + ": add one here");
    }
}
