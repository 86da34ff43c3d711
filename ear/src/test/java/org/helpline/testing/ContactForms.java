package org.helpline.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.helpline.calls.ContactForm;

/** Contact forms as an adviser would fill them in, for tests to vary. */
public final class ContactForms {

    private ContactForms() {
    }

    /** A complete anonymous phone call about fatigue and benefits, ten minutes ago. */
    public static ContactForm anonymousCall() {
        ContactForm form = new ContactForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.getContact().setChannel("phone");
        form.getContact().setLine("info-line");
        form.getContact().setStartedAt(Instant.now().minusSeconds(600));
        form.getContact().setDurationMinutes(8);
        form.getContact().setDurationSeconds(30);
        form.getContact().setCallerType("person-with-ms");
        form.getContact().setTopics(List.of("symptoms.fatigue", "money-work.benefits"));
        form.getContact().setSummary("Caller struggling with fatigue at work and asked about PIP.");
        form.getContact().setInformationGiven("Fatigue booklet; benefits overview.");
        form.getContact().setOutcome("information-given");
        return form;
    }

    /** The same call from a caller who gave their details and agreed to us keeping them. */
    public static ContactForm namedCall(String fullName, String phone) {
        ContactForm form = anonymousCall();
        form.getCaller().setFullName(fullName);
        form.getCaller().setPhone(phone);
        form.getCaller().setConsentGiven(true);
        return form;
    }

    /** A name no earlier test run has used. */
    public static String uniqueName(String first, String last) {
        return first + " " + last + " " + unique();
    }

    /** A UK mobile number no earlier test run has used (in the 07700 900xxx drama range and beyond). */
    public static String uniqueMobile() {
        long n = Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000;
        return String.format("07700 %06d", n);
    }

    /** Letters only, so it survives name normalisation. */
    public static String unique() {
        StringBuilder s = new StringBuilder("Q");
        long n = Math.abs(UUID.randomUUID().getLeastSignificantBits());
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + n % 26));
            n /= 26;
        }
        return s.toString();
    }
}
