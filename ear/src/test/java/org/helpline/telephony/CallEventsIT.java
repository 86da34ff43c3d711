package org.helpline.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.security.Role;
import org.helpline.security.SecretCipher;
import org.helpline.security.SecretsAtRest;
import org.helpline.security.StaffAdministration;
import org.helpline.security.StaffForm;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSecondAdviser;
import org.helpline.testing.Database;
import org.helpline.testing.PhoneEvents;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The phone system's events as the service takes them in: signed or refused, stale ones refused, each
 * event once, and the same call whatever order its events came in.
 */
@ExtendWith(ArquillianExtension.class)
class CallEventsIT {

    @Inject
    Telephony telephony;

    @Inject
    MissedCalls missed;

    @Inject
    AsAdviser adviser;

    @Inject
    AsSecondAdviser adviser2;

    @Inject
    AsAdmin admin;

    @Inject
    StaffAdministration administration;

    @Inject
    Database db;

    @Inject
    PhoneSystems phoneSystems;

    @Inject
    SecretsAtRest secrets;

    @BeforeEach
    void adviserHasAnExtension() {
        db.update("update UserAccount u set u.extension = null where u.extension = '2001' and u.username <> 'adviser'");
        db.update("update UserAccount u set u.extension = '2001' where u.username = 'adviser'");
    }

    private Receipt send(String body) {
        String timestamp = PhoneEvents.now();
        return telephony.receive(PhoneEvents.SYSTEM, timestamp, PhoneEvents.sign(timestamp, body), body);
    }

    private long events(String eventId) {
        return db.count("select count(e) from CallEvent e where e.eventId = '" + eventId + "'");
    }

    private String outcome(String callId) {
        return (String) db.nativeQuery("select outcome from phone_call where external_call_id = ?1", callId).get(0);
    }

    private long callId(String externalId) {
        return ((Number) db.nativeQuery("select id from phone_call where external_call_id = ?1", externalId).get(0))
                .longValue();
    }

    @Test
    void aSignedEventIsTakenInAndItsCallPopsUpForTheAdviserWhoAnswered() {
        String callId = PhoneEvents.id("call");
        String mobile = "+447700900" + (100 + (int) (Math.random() * 899));
        assertEquals(Receipt.ACCEPTED, send(PhoneEvents.event(callId, "RINGING", mobile, null)));
        assertEquals(Receipt.ACCEPTED, send(PhoneEvents.event(callId, "ANSWERED", mobile, "2001")));
        assertEquals("ANSWERED", outcome(callId));

        ScreenPop pop = adviser.call(() -> telephony.screenPop(callId(callId)));
        assertEquals("info-line", pop.lineCode());
        assertEquals(mobile, pop.callerNumber());
        assertFalse(pop.ended());
        assertThrows(NotFoundException.class, () -> adviser2.call(() -> telephony.screenPop(callId(callId))),
                "another adviser's call is not theirs to see");
    }

    @Test
    void aWrongSecretATamperedBodyOrAMissingHeaderIsRefusedAndChangesNothing() {
        String eventId = PhoneEvents.id("ev");
        String body = PhoneEvents.json(eventId, PhoneEvents.id("call"), "RINGING", "+447700900111", PhoneEvents.INFO_LINE,
                Instant.now(), null);
        String timestamp = PhoneEvents.now();
        String wrongSecret = Signatures.sign("not-the-demo-secret-at-all", timestamp, body);
        String right = PhoneEvents.sign(timestamp, body);

        assertThrows(UnsignedEventException.class, () -> telephony.receive(PhoneEvents.SYSTEM, timestamp, wrongSecret, body));
        assertThrows(UnsignedEventException.class, () -> telephony.receive(PhoneEvents.SYSTEM, timestamp, right,
                body.replace("+447700900111", "+447700900112")), "tampered body");
        assertThrows(UnsignedEventException.class, () -> telephony.receive(PhoneEvents.SYSTEM,
                Long.toString(Long.parseLong(timestamp) + 1), right, body), "tampered timestamp");
        assertThrows(UnsignedEventException.class, () -> telephony.receive(null, timestamp, right, body));
        assertThrows(UnsignedEventException.class, () -> telephony.receive(PhoneEvents.SYSTEM, null, right, body));
        assertThrows(UnsignedEventException.class, () -> telephony.receive(PhoneEvents.SYSTEM, timestamp, null, body));
        assertThrows(UnsignedEventException.class, () -> telephony.receive(PhoneEvents.SYSTEM, "yesterday", right, body));
        assertThrows(UnsignedEventException.class, () -> telephony.receive("no-such-pbx", timestamp, right, body));
        assertEquals(0, events(eventId));

        assertEquals(Receipt.ACCEPTED, telephony.receive(PhoneEvents.SYSTEM, timestamp, right, body));
        assertEquals(1, events(eventId));
    }

    private String storedSecret(String code) {
        return (String) db.nativeQuery("select shared_secret from phone_system where code = ?1", code).get(0);
    }

    private Receipt sendAs(String code, String secret) {
        String body = PhoneEvents.event(PhoneEvents.id("call"), "RINGING",
                "+447700900" + (100 + (int) (Math.random() * 899)), null);
        String timestamp = PhoneEvents.now();
        return telephony.receive(code, timestamp, Signatures.sign(secret, timestamp, body), body);
    }

    @Test
    void aPhoneSystemsSecretIsKeptEncryptedAndStillChecksItsEvents() {
        assertTrue(SecretCipher.isSealed(storedSecret(PhoneEvents.SYSTEM)), "the demo system's, seeded");
        assertFalse(storedSecret(PhoneEvents.SYSTEM).contains(PhoneEvents.SECRET));

        String code = "sealed-pbx-" + UUID.randomUUID().toString().substring(0, 8);
        PhoneSystems.Issued added = admin.call(() -> phoneSystems.add(code, "Encrypted at rest"));
        String stored = storedSecret(code);
        assertTrue(stored.startsWith("enc:v1:" + secrets.cipher().currentKeyId() + ":"), "under the current key");
        assertFalse(stored.contains(added.secret()), "no plain secret in the database");
        assertEquals(Receipt.ACCEPTED, sendAs(code, added.secret()));

        PhoneSystems.Issued renewed = admin.call(() -> phoneSystems.newSecret(added.system().getId(),
                added.system().getVersion()));
        String storedAgain = storedSecret(code);
        assertTrue(SecretCipher.isSealed(storedAgain));
        assertFalse(storedAgain.contains(renewed.secret()));
        assertEquals(Receipt.ACCEPTED, sendAs(code, renewed.secret()));
        assertThrows(UnsignedEventException.class, () -> sendAs(code, added.secret()), "the old secret");
    }

    @Test
    void aPlainSecretFromBeforeEncryptionIsEncryptedByTheStartUpPass() {
        String code = "plain-pbx-" + UUID.randomUUID().toString().substring(0, 8);
        PhoneSystems.Issued added = admin.call(() -> phoneSystems.add(code, "From an older version"));
        String plain = "plain-secret-from-v0.2.0-" + code;
        // as an upgraded database holds it
        db.nativeUpdate("update phone_system set shared_secret = ?1 where code = ?2", plain, code);
        assertEquals(Receipt.ACCEPTED, sendAs(code, plain), "read as it is until the pass has run");

        assertTrue(secrets.reseal() >= 1);
        String stored = storedSecret(code);
        assertTrue(SecretCipher.isSealed(stored), "encrypted by the pass");
        assertFalse(stored.contains(plain));
        assertEquals(plain, secrets.cipher().open(stored, SecretCipher.PHONE_SYSTEM));
        assertEquals(Receipt.ACCEPTED, sendAs(code, plain));
        assertThrows(UnsignedEventException.class, () -> sendAs(code, added.secret()));
        assertEquals(0, secrets.reseal(), "nothing left to do: the pass is safe to repeat");
        assertEquals(stored, storedSecret(code));
    }

    @Test
    void anInactivePhoneSystemIsRefusedEvenWithItsOwnSecret() {
        String code = "old-pbx-" + UUID.randomUUID().toString().substring(0, 8);
        PhoneSystem old = new PhoneSystem(code, "Retired phone system", "retired-secret-0123456789", secrets.cipher(),
                Instant.now());
        old.deactivate();
        db.persist(old);
        String body = PhoneEvents.event(PhoneEvents.id("call"), "RINGING", "+447700900113", null);
        String timestamp = PhoneEvents.now();
        assertThrows(UnsignedEventException.class, () -> telephony.receive(code, timestamp,
                Signatures.sign("retired-secret-0123456789", timestamp, body), body));
    }

    @Test
    void anEventFromMoreThanFiveMinutesAgoOrAheadIsRefusedAsAReplay() {
        String body = PhoneEvents.event(PhoneEvents.id("call"), "RINGING", "+447700900114", null);
        for (long offset : new long[] {-301, 301, -3600}) {
            String timestamp = Long.toString(Instant.now().getEpochSecond() + offset);
            assertThrows(UnsignedEventException.class, () -> telephony.receive(PhoneEvents.SYSTEM, timestamp,
                    PhoneEvents.sign(timestamp, body), body), "offset " + offset);
        }
        String withinFive = Long.toString(Instant.now().getEpochSecond() - 240);
        assertEquals(Receipt.ACCEPTED, telephony.receive(PhoneEvents.SYSTEM, withinFive,
                PhoneEvents.sign(withinFive, body), body));
    }

    @Test
    void theSameEventTwiceHasOneEffect() {
        String callId = PhoneEvents.id("call");
        String number = "+447700900115";
        String missedCall = PhoneEvents.event(callId, "MISSED", number, null);
        assertEquals(Receipt.ACCEPTED, send(missedCall));
        long version = ((Number) db.nativeQuery("select version from phone_call where external_call_id = ?1", callId)
                .get(0)).longValue();

        assertEquals(Receipt.DUPLICATE, send(missedCall));
        assertEquals(Receipt.DUPLICATE, send(missedCall));
        assertEquals(1, db.count("select count(e) from CallEvent e where e.call.externalCallId = '" + callId + "'"));
        assertEquals(version, ((Number) db.nativeQuery("select version from phone_call where external_call_id = ?1",
                callId).get(0)).longValue(), "the call was not touched again");
    }

    @Test
    void endedBeforeAnsweredStillMakesACompletedCallWithItsLength() {
        String callId = PhoneEvents.id("call");
        Instant answered = Instant.now().minusSeconds(200);
        String from = "+447700900116";
        send(PhoneEvents.json(PhoneEvents.id("ev"), callId, "ENDED", from, PhoneEvents.INFO_LINE, answered.plusSeconds(95), null));
        assertEquals("ABANDONED", outcome(callId), "ended with no answer known yet");
        send(PhoneEvents.json(PhoneEvents.id("ev"), callId, "ANSWERED", from, PhoneEvents.INFO_LINE, answered, "adviser"));
        send(PhoneEvents.json(PhoneEvents.id("ev"), callId, "RINGING", from, PhoneEvents.INFO_LINE, answered.minusSeconds(9), null));

        assertEquals("COMPLETED", outcome(callId));
        ScreenPop pop = adviser.call(() -> telephony.screenPop(callId(callId)));
        assertEquals(95, pop.durationSeconds());
        assertEquals(answered.getEpochSecond(), pop.startedAt().getEpochSecond());
    }

    @Test
    void anAnswerAfterAMissIsNoLongerAMissedCall() {
        String callId = PhoneEvents.id("call");
        String from = "+4477009" + (10000 + (int) (Math.random() * 89999));
        Instant rang = Instant.now().minusSeconds(60);
        send(PhoneEvents.json(PhoneEvents.id("ev"), callId, "RINGING", from, PhoneEvents.INFO_LINE, rang, null));
        send(PhoneEvents.json(PhoneEvents.id("ev"), callId, "MISSED", from, PhoneEvents.INFO_LINE, rang.plusSeconds(20), null));
        assertTrue(adviser.call(() -> AllRows.of(missed::waiting)).stream().anyMatch(m -> m.number().equals(from)));

        send(PhoneEvents.json(PhoneEvents.id("ev"), callId, "ANSWERED", from, PhoneEvents.INFO_LINE, rang.plusSeconds(25), "2001"));
        assertEquals("ANSWERED", outcome(callId));
        assertFalse(adviser.call(() -> AllRows.of(missed::waiting)).stream().anyMatch(m -> m.number().equals(from)));
        assertEquals("adviser", db.nativeQuery("select u.username from phone_call c join user_account u "
                + "on u.id = c.answered_by_id where c.external_call_id = ?1", callId).get(0), "found by extension");
    }

    @Test
    void aLineHelplineDoesNotKnowIsKeptWithoutALine() {
        String callId = PhoneEvents.id("call");
        send(PhoneEvents.json(PhoneEvents.id("ev"), callId, "RINGING", "withheld", "0808 999 0000", Instant.now(), null));
        assertEquals(1L, ((Number) db.nativeQuery("select count(*) from phone_call where external_call_id = ?1 "
                + "and line_id is null and dialled_number = '0808 999 0000' and withheld and caller_number is null",
                callId).get(0)).longValue());
    }

    @Test
    void aBodyThatIsNotAnEventIsRefusedAtItsFieldAndNothingIsKept() {
        assertEquals("body", assertThrows(InvalidInputException.class, () -> send("{\"eventId\":")).getField());
        String eventId = PhoneEvents.id("ev");
        assertEquals("type", assertThrows(InvalidInputException.class, () -> send(PhoneEvents.json(eventId,
                PhoneEvents.id("call"), "ON_HOLD", null, null, Instant.now(), null))).getField());
        assertEquals(0, events(eventId));
    }

    @Test
    void anAdminGivesAnExtensionToOnePersonOnlyAndAnAnswerByItFindsThem() {
        String extension = Long.toString(10_000_000L + (long) (Math.random() * 89_999_999L));
        StaffForm form = new StaffForm();
        form.setUsername("ext-" + UUID.randomUUID().toString().substring(0, 8));
        form.setDisplayName("Extension Tester");
        form.setRoles(EnumSet.of(Role.ADVISER));
        form.setPassword("kettle orbit tulip river");
        form.setExtension(" " + extension + " ");
        String username = admin.call(() -> administration.add(form).getUsername());

        StaffForm another = new StaffForm();
        another.setUsername("ext-" + UUID.randomUUID().toString().substring(0, 8));
        another.setDisplayName("Second Tester");
        another.setRoles(EnumSet.of(Role.ADVISER));
        another.setPassword("kettle orbit tulip river");
        another.setExtension(extension);
        assertEquals("extension", assertThrows(InvalidInputException.class, () -> admin.call(() -> administration.add(another)))
                .getField());
        another.setExtension("12a");
        assertEquals("extension", assertThrows(InvalidInputException.class, () -> admin.call(() -> administration.add(another)))
                .getField());

        String callId = PhoneEvents.id("call");
        send(PhoneEvents.event(callId, "ANSWERED", "+447700900120", extension));
        assertEquals(username, db.nativeQuery("select u.username from phone_call c join user_account u "
                + "on u.id = c.answered_by_id where c.external_call_id = ?1", callId).get(0));
    }
}
