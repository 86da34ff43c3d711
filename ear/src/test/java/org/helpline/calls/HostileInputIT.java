package org.helpline.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.inject.Inject;

import org.helpline.cases.Cases;
import org.helpline.shared.HelplineException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every field of the contact form, and a case note, fed script tags, SQL, unicode edge cases, NUL bytes,
 * huge and negative numbers and text far over its limit: each call either saves the whole contact (with
 * the text exactly as typed) or is refused with a message naming the field, and a refused one saves
 * nothing at all (no contact, caller or case). Never a server error.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    static final List<String> HOSTILE = List.of(
            "<script>window.__pwned=1</script><img src=x onerror=window.__pwned=1 data-pwned=1>",
            "'; drop table contact; --",
            "' or '1'='1",
            "Zoë \uD83E\uDDE0 \u202Eevil\u202C e\u0301\u0301\u0301",
            "nul\u0000byte",
            "\uD800 lone surrogate",
            "99999999999999999999999999",
            "-1",
            "",
            "   ",
            "A".repeat(100_000));

    @Inject
    AsAdviser adviser;

    @Inject
    ContactLog log;

    @Inject
    Cases cases;

    @Inject
    Database db;

    @Test
    void everyContactFieldEitherSavesWholeOrIsRefusedAtTheFieldWithNothingSaved() {
        Map<String, BiConsumer<ContactForm, String>> fields = new LinkedHashMap<>();
        fields.put("summary", (f, v) -> f.getContact().setSummary(v));
        fields.put("informationGiven", (f, v) -> f.getContact().setInformationGiven(v));
        fields.put("fullName", (f, v) -> f.getCaller().setFullName(v));
        fields.put("phone", (f, v) -> f.getCaller().setPhone(v));
        fields.put("otherPhone", (f, v) -> f.getCaller().setOtherPhone(v));
        fields.put("email", (f, v) -> f.getCaller().setEmail(v));
        fields.put("postcodeDistrict", (f, v) -> f.getCaller().setPostcodeDistrict(v));
        fields.put("preferredTimes", (f, v) -> f.getCaller().setPreferredTimes(v));
        fields.put("newCaseTitle", (f, v) -> f.getFiling().setNewCaseTitle(v));
        fields.put("channel", (f, v) -> f.getContact().setChannel(v));
        fields.put("line", (f, v) -> f.getContact().setLine(v));
        fields.put("callerType", (f, v) -> f.getContact().setCallerType(v));
        fields.put("outcome", (f, v) -> f.getContact().setOutcome(v));
        fields.put("topics", (f, v) -> f.getContact().setTopics(List.of(v)));
        fields.put("referTo", (f, v) -> f.getReferral().setReferTo(v));
        fields.put("followUpReason", (f, v) -> {
            f.getContact().setFollowUpNeeded(true);
            f.getFollowUp().setKind(org.helpline.followups.FollowUpKind.CALLBACK);
            f.getFollowUp().setDueFrom(java.time.LocalDateTime.now().plusDays(1));
            f.getFollowUp().setReason(v);
        });
        fields.put("followUpNumber", (f, v) -> {
            f.getContact().setFollowUpNeeded(true);
            f.getFollowUp().setKind(org.helpline.followups.FollowUpKind.CALLBACK);
            f.getFollowUp().setDueFrom(java.time.LocalDateTime.now().plusDays(1));
            f.getFollowUp().setReason("Ring back");
            f.getFollowUp().setNumberToRing(v);
        });

        List<String> wrong = new ArrayList<>();
        int saved = 0;
        int refused = 0;
        for (var field : fields.entrySet()) {
            for (String value : HOSTILE) {
                ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Hostile", "Input"),
                        ContactForms.uniqueMobile());
                form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
                form.getFiling().setNewCaseTitle("Hostile input");
                field.getValue().accept(form, value);
                String key = form.getIdempotencyKey();
                long namedBefore = callersNamed(form.getCaller().getFullName());
                String label = field.getKey() + " = " + shown(value);
                try {
                    Contact contact = adviser.call(() -> log.log(form));
                    saved++;
                    if (db.count("select count(c) from Contact c where c.idempotencyKey = '" + key + "'") != 1) {
                        wrong.add(label + ": said saved, but no contact");
                    }
                    if (field.getKey().equals("summary") && !value.equals(adviser.call(() -> log.get(contact.getId()).getSummary()))) {
                        wrong.add(label + ": the summary was not kept exactly as typed");
                    }
                } catch (HelplineException refusal) {
                    refused++;
                    long left = db.count("select count(c) from Contact c where c.idempotencyKey = '" + key + "'")
                            + callersNamed(form.getCaller().getFullName()) - namedBefore;
                    if (left != 0) {
                        wrong.add(label + ": refused (" + refusal.getMessage() + ") but something was saved");
                    }
                    if (refusal.getMessage() == null || refusal.getMessage().isBlank() || refusal.getMessage().length() > 300) {
                        wrong.add(label + ": refused without a clear message");
                    }
                } catch (RuntimeException failure) {
                    wrong.add(label + ": failed with " + failure.getClass().getSimpleName() + " " + rootCause(failure));
                }
            }
        }
        System.out.printf("Hostile input: %d saved whole, %d refused at a field%n", saved, refused);
        assertEquals(List.of(), wrong);
    }

    @Test
    void numbersOutOfRangeAreRefused() {
        List<String> wrong = new ArrayList<>();
        for (Integer minutes : new Integer[] {-1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            ContactForm form = ContactForms.anonymousCall();
            form.getContact().setDurationMinutes(minutes);
            try {
                adviser.call(() -> log.log(form));
                wrong.add("duration " + minutes + " minutes was saved");
            } catch (HelplineException expected) {
                // refused at the field
            } catch (RuntimeException failure) {
                wrong.add("duration " + minutes + ": " + rootCause(failure));
            }
        }
        for (Instant when : new Instant[] {Instant.parse("0026-12-02T10:00:00Z"), Instant.parse("1899-12-31T23:59:59Z"),
                Instant.now().plusSeconds(86_400 * 400)}) {
            ContactForm form = ContactForms.anonymousCall();
            form.getContact().setStartedAt(when);
            try {
                adviser.call(() -> log.log(form));
                wrong.add("a contact started " + when + " was saved");
            } catch (HelplineException expected) {
                // refused at the field
            } catch (RuntimeException failure) {
                wrong.add("started " + when + ": " + rootCause(failure));
            }
        }
        assertEquals(List.of(), wrong);
    }

    private long callersNamed(String fullName) {
        // PostgreSQL cannot hold a NUL at all, so no caller can be named with one.
        return fullName == null || fullName.indexOf('\u0000') >= 0 ? 0
                : ((Number) db.nativeQuery("select count(*) from caller where full_name = ?1", fullName).get(0)).longValue();
    }

    private static String shown(String value) {
        String s = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
        return s.replace("\u0000", "\\0");
    }

    private static String rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }
}
