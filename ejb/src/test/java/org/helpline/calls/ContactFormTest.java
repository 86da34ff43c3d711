package org.helpline.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.helpline.callers.ContactMethod;
import org.helpline.followups.FollowUpForm;
import org.junit.jupiter.api.Test;

/** The contact form as typed: what it makes of the fields before the contact's own rules see them. */
class ContactFormTest {

    private static ContactForm form() {
        ContactForm form = new ContactForm();
        form.setIdempotencyKey("form-1");
        form.getContact().setSummary("Asked about fatigue");
        form.getContact().setTopics(List.of("fatigue"));
        return form;
    }

    @Test
    void anEmptyFormHasNoCallerDetails() {
        ContactForm form = form();
        form.getCaller().setFullName("  ");
        form.getCaller().setConsentGiven(true);
        assertFalse(form.getCaller().hasDetails(), "blank fields and consent alone are no details");
    }

    @Test
    void anyCallerDetailCounts() {
        List<Consumer<ContactForm>> details = List.of(f -> f.getCaller().setFullName("Ann"), f -> f.getCaller().setPhone("07700 900123"),
                f -> f.getCaller().setOtherPhone("07700 900124"), f -> f.getCaller().setEmail("ann@example.org"),
                f -> f.getCaller().setPostcodeDistrict("EH1"), f -> f.getCaller().setDiagnosisYear(2019),
                f -> f.getCaller().setPreferredContactMethod(ContactMethod.values()[0]), f -> f.getCaller().setPreferredTimes("Mornings"));
        for (Consumer<ContactForm> detail : details) {
            ContactForm form = form();
            detail.accept(form);
            assertTrue(form.getCaller().hasDetails());
        }
    }

    @Test
    void theCallersPhonesAreTheOnesTyped() {
        ContactForm form = form();
        form.getCaller().setPhone(" ");
        form.getCaller().setOtherPhone("07700 900124");
        assertEquals(List.of("07700 900124"), form.getCaller().details().phones());
        form.getCaller().setPhone("07700 900123");
        assertEquals(List.of("07700 900123", "07700 900124"), form.getCaller().details().phones());
    }

    @Test
    void theDurationIsMinutesAndSecondsOrNoneWhenNeitherIsFilled() {
        ContactForm form = form();
        assertNull(form.getContact().totalSeconds());
        form.getContact().setDurationMinutes(12);
        assertEquals(720, form.getContact().totalSeconds());
        form.getContact().setDurationSeconds(30);
        assertEquals(750, form.getContact().totalSeconds());
        form.getContact().setDurationMinutes(null);
        assertEquals(30, form.getContact().totalSeconds());
    }

    @Test
    void anOutOfRangeDurationIsNeverWrappedRound() {
        ContactForm form = form();
        form.getContact().setDurationMinutes(Integer.MAX_VALUE);
        assertEquals(Integer.MAX_VALUE, form.getContact().totalSeconds(), "too long stays too long, for the contact to refuse");
        form.getContact().setDurationMinutes(Integer.MIN_VALUE);
        assertEquals(-1, form.getContact().totalSeconds(), "negative stays negative");
    }

    @Test
    void topicsPickedTwiceCountOnceInTheOrderFirstPicked() {
        ContactForm form = form();
        form.getContact().setTopics(Arrays.asList("fatigue", "benefits", "fatigue"));
        assertEquals(List.of("fatigue", "benefits"), form.getContact().getTopics());
        form.getContact().setTopics(null);
        assertEquals(List.of(), form.getContact().getTopics());
    }

    @Test
    void listsAndChoicesLeftOutAreEmptyNotNull() {
        ContactForm form = form();
        form.getFiling().setCaseChoice(null);
        form.setFollowUp(null);
        form.getRisk().setRisks(null);
        form.getContact().setArticlesGiven(null);
        assertEquals(ContactForm.CaseChoice.NONE, form.getFiling().getCaseChoice());
        assertEquals(new FollowUpForm().getKind(), form.getFollowUp().getKind());
        assertTrue(form.getRisk().getRisks().isEmpty());
        assertTrue(form.getContact().getArticlesGiven().isEmpty());
    }

    @Test
    void theSameFormUnderAnotherKeyHasTheSameFingerprint() {
        ContactForm first = form();
        ContactForm again = form();
        again.setIdempotencyKey("form-2");
        assertEquals(first.fingerprint(), again.fingerprint());
        assertEquals(64, first.fingerprint().length(), "SHA-256 in hex");
    }

    @Test
    void anyOtherFieldChangesTheFingerprint() {
        ContactForm first = form();
        ContactForm changed = form();
        changed.getContact().setSummary("Asked about fatigue.");
        assertNotEquals(first.fingerprint(), changed.fingerprint());
        ContactForm followUp = form();
        followUp.getFollowUp().setReason("Ring back");
        assertNotEquals(first.fingerprint(), followUp.fingerprint(), "nested fields count too");
    }

    @Test
    void theFollowUpsAFormCompletesChangeTheFingerprint() {
        ContactForm none = form();
        ContactForm one = form();
        one.getCaller().setCompletesFollowUps(List.of(12L));
        ContactForm other = form();
        other.getCaller().setCompletesFollowUps(List.of(13L));
        ContactForm both = form();
        both.getCaller().setCompletesFollowUps(List.of(12L, 13L, 12L));
        assertNotEquals(none.fingerprint(), one.fingerprint(), "a retry that now completes a follow-up is another request");
        assertNotEquals(one.fingerprint(), other.fingerprint());
        assertNotEquals(one.fingerprint(), both.fingerprint());
        assertEquals(List.of(12L, 13L), both.getCaller().getCompletesFollowUps(), "each at most once, in the order chosen");
        ContactForm cleared = form();
        cleared.getCaller().setCompletesFollowUps(null);
        assertTrue(cleared.getCaller().getCompletesFollowUps().isEmpty());
        assertEquals(none.fingerprint(), cleared.fingerprint());
    }

    @Test
    void aFormCompletingNoFollowUpKeepsTheFingerprintItHadBefore() {
        // Written as the fingerprint was made before forms could complete follow-ups: a retry across the upgrade.
        ContactForm form = form();
        jakarta.json.JsonObject fields;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(jakarta.json.bind.JsonbBuilder.create(
                new jakarta.json.bind.JsonbConfig().withPropertyOrderStrategy(
                        jakarta.json.bind.config.PropertyOrderStrategy.LEXICOGRAPHICAL)).toJson(form)))) {
            fields = reader.readObject();
        }
        String before = ContactForm.sha256(jakarta.json.Json.createObjectBuilder(fields).remove("idempotencyKey")
                .remove("completesFollowUps").build().toString());
        assertEquals(before, form.fingerprint());
    }
}
