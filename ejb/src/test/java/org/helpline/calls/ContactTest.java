package org.helpline.calls;

import static org.helpline.testing.Records.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.helpline.callers.CallerType;
import org.helpline.information.Article;
import org.helpline.information.ArticleKind;
import org.helpline.security.UserAccount;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.Records;
import org.helpline.topics.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

    private static final Channel PHONE = new Channel("phone", "Phone", null, 10);
    private static final HelplineLine INFO_LINE = new HelplineLine("info-line", "MS Helpline", "0808 800 8000", null, 10);
    private static final Topic SYMPTOMS = Topic.topLevel("symptoms", "Symptoms", null, 10);

    private final UserAccount asha = Records.adviser(1, "Asha Patel");

    /** A data contact's fields, each good until a test spoils one. */
    private final class Entry {
        String key = "form-1";
        Instant startedAt = NOW.minus(Duration.ofMinutes(15));
        Duration duration = Duration.ofMinutes(12);
        CallerType callerType = new CallerType("person-with-ms", "Person with MS", null, 10);
        Set<Topic> topics = Set.of(SYMPTOMS);
        String summary = "Asked about fatigue";
        String informationGiven;
        Outcome outcome = Records.outcome();

        Contact log() {
            return Contact.data(key, PHONE, Direction.INBOUND, INFO_LINE, startedAt, duration, callerType, topics, summary,
                    informationGiven, outcome, true, false, asha, NOW);
        }

        /** The field the contact names in refusing it. */
        String refused() {
            return assertThrows(InvalidInputException.class, this::log).getField();
        }
    }

    private Contact silentCall() {
        return Contact.nonData("form-2", NonDataKind.SILENT, PHONE, Direction.INBOUND, INFO_LINE, NOW.minusSeconds(60),
                Duration.ofSeconds(20), asha, NOW);
    }

    @Test
    void aDataContactKeepsWhatItWasAbout() {
        Entry entry = new Entry();
        entry.summary = "  Asked about fatigue \n";
        entry.informationGiven = " ";
        Contact contact = entry.log();
        assertFalse(contact.isNonData());
        assertEquals("Asked about fatigue", contact.getSummary());
        assertNull(contact.getInformationGiven(), "blank is none");
        assertEquals(Set.of(SYMPTOMS), contact.getTopics());
        assertEquals(NOW, contact.getLoggedAt());
        assertEquals(asha, contact.getUpdatedBy());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void eachContactNeedsAKey(String key) {
        Entry entry = new Entry();
        entry.key = key;
        assertEquals("idempotencyKey", entry.refused());
    }

    @Test
    void aKeyIsAtMost64Characters() {
        Entry entry = new Entry();
        entry.key = "k".repeat(65);
        assertEquals("idempotencyKey", entry.refused());
        entry.key = "k".repeat(64);
        assertEquals(entry.key, entry.log().getIdempotencyKey());
    }

    @Test
    void aStartTimeIsRequired() {
        Entry entry = new Entry();
        entry.startedAt = null;
        assertEquals("startedAt", entry.refused());
    }

    @Test
    void aContactCannotStartInTheFutureBeyondTheClocksDifference() {
        Entry entry = new Entry();
        entry.startedAt = NOW.plus(Contact.CLOCK_SKEW).plusSeconds(1);
        InvalidInputException refused = assertThrows(InvalidInputException.class, entry::log);
        assertEquals("A contact cannot start in the future", refused.getMessage());
        entry.startedAt = NOW.plus(Contact.CLOCK_SKEW);
        assertEquals(entry.startedAt, entry.log().getStartedAt(), "the browser's clock a little ahead");
    }

    @Test
    void aContactCannotStartBefore1900() {
        Entry entry = new Entry();
        entry.startedAt = Instant.parse("0026-03-10T10:00:00Z");
        assertEquals("startedAt", entry.refused());
        entry.startedAt = Instant.parse("1900-01-01T00:00:00Z");
        assertEquals(entry.startedAt, entry.log().getStartedAt());
    }

    @Test
    void aDurationIsRequiredAndNeverNegative() {
        Entry entry = new Entry();
        entry.duration = null;
        assertEquals("duration", entry.refused());
        entry.duration = Duration.ofSeconds(-1);
        assertEquals("duration", entry.refused());
        entry.duration = Duration.ZERO;
        assertEquals(Duration.ZERO, entry.log().getDuration());
    }

    @Test
    void aContactLastsAtMostADay() {
        Entry entry = new Entry();
        entry.duration = Duration.ofHours(24).plusSeconds(1);
        assertEquals("A contact cannot last more than 24 hours",
                assertThrows(InvalidInputException.class, entry::log).getMessage());
        entry.duration = Duration.ofHours(24);
        assertEquals(Duration.ofHours(24), entry.log().getDuration());
    }

    @Test
    void whoCalledIsRequired() {
        Entry entry = new Entry();
        entry.callerType = null;
        assertEquals("callerType", entry.refused());
    }

    @Test
    void atLeastOneTopicIsRequired() {
        Entry entry = new Entry();
        entry.topics = Set.of();
        assertEquals("topics", entry.refused());
        entry.topics = null;
        assertEquals("topics", entry.refused());
    }

    @Test
    void topicsKeepTheOrderTheyWerePicked() {
        Topic fatigue = Topic.topLevel("symptoms", "Symptoms", null, 10).addSubtopic("fatigue", "Fatigue", null, 10);
        Topic benefits = Topic.topLevel("benefits", "Benefits", null, 20);
        Entry entry = new Entry();
        entry.topics = new LinkedHashSet<>(List.of(benefits, fatigue));
        assertEquals(List.of(benefits, fatigue), List.copyOf(entry.log().getTopics()));
        assertThrows(UnsupportedOperationException.class, () -> entry.log().getTopics().clear());
    }

    @Test
    void aSummaryIsRequiredAndAtMost10000Characters() {
        Entry entry = new Entry();
        entry.summary = "\t ";
        assertEquals("summary", entry.refused());
        entry.summary = "s".repeat(Contact.SUMMARY_MAX + 1);
        assertEquals("summary", entry.refused());
        entry.summary = " " + "s".repeat(Contact.SUMMARY_MAX) + " ";
        assertEquals(Contact.SUMMARY_MAX, entry.log().getSummary().length(), "measured once trimmed");
    }

    @Test
    void informationGivenIsAtMost4000Characters() {
        Entry entry = new Entry();
        entry.informationGiven = "i".repeat(Contact.INFORMATION_MAX + 1);
        assertEquals("informationGiven", entry.refused());
        entry.informationGiven = "i".repeat(Contact.INFORMATION_MAX);
        assertEquals(Contact.INFORMATION_MAX, entry.log().getInformationGiven().length());
    }

    @Test
    void anOutcomeIsRequired() {
        Entry entry = new Entry();
        entry.outcome = null;
        assertEquals("outcome", entry.refused());
    }

    @Test
    void theTimesAreCheckedBeforeWhatItWasAbout() {
        Entry entry = new Entry();
        entry.duration = Duration.ofDays(2);
        entry.summary = null;
        entry.outcome = null;
        assertEquals("duration", entry.refused(), "the first field at fault is named");
    }

    @Test
    void aNonDataContactIsCountedButHoldsNoEnquiry() {
        Contact silent = silentCall();
        assertTrue(silent.isNonData());
        assertEquals(NonDataKind.SILENT, silent.getNonDataKind());
        assertNull(silent.getSummary());
        assertNull(silent.getOutcome());
        assertTrue(silent.getTopics().isEmpty());
    }

    @Test
    void aNonDataContactObeysTheSameTimeRules() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Contact.nonData("form-3",
                NonDataKind.TEST, PHONE, Direction.OUTBOUND, INFO_LINE, NOW.plus(Duration.ofHours(1)), Duration.ZERO,
                asha, NOW));
        assertEquals("startedAt", refused.getField());
    }

    @ParameterizedTest
    @EnumSource(NonDataKind.class)
    void aNonDataContactHasNoCaller(NonDataKind kind) {
        Contact contact = Contact.nonData("form-4", kind, PHONE, Direction.INBOUND, INFO_LINE, NOW, Duration.ZERO, asha, NOW);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> contact.from(Records.caller(1, "Ann Lee")));
        assertEquals("A " + kind.label().toLowerCase() + " has no caller", refused.getMessage());
        assertNull(contact.getCaller());
    }

    @Test
    void eachNonDataKindHasAKeyOfItsOwn() {
        Set<Character> keys = new HashSet<>();
        for (NonDataKind kind : NonDataKind.values()) {
            assertTrue(keys.add(kind.key()), kind + " shares its key");
        }
    }

    @Test
    void aDataContactIsLinkedToItsCaller() {
        Contact contact = new Entry().log();
        contact.from(Records.caller(1, "Ann Lee"));
        assertEquals("Ann Lee", contact.getCaller().getDisplayName());
    }

    @Test
    void articlesAreGivenOnlyOnADataContact() {
        Article fatigue = new Article("fatigue", ArticleKind.ARTICLE, NOW);
        Contact contact = new Entry().log();
        contact.gave(Set.of(fatigue));
        assertEquals(Set.of(fatigue), contact.getArticlesGiven());

        Contact silent = silentCall();
        assertEquals("articles", assertThrows(InvalidInputException.class, () -> silent.gave(Set.of(fatigue))).getField());
        silent.gave(Set.of());
        assertTrue(silent.getArticlesGiven().isEmpty());
    }

    @Test
    void aKeySentAgainIsARetryOnlyWithTheSameRequest() {
        Contact contact = new Entry().log();
        assertTrue(contact.wasLoggedFrom("anything"), "a contact logged before digests were kept takes its key back");
        contact.loggedFrom("abc");
        assertTrue(contact.wasLoggedFrom("abc"));
        assertFalse(contact.wasLoggedFrom("abd"));
    }
}
