package org.helpline.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Reading a phone system's event, and its signature. */
class CallEventMessageTest {

    @Test
    void readsAnAnsweredEvent() {
        CallEventMessage event = CallEventMessage.parse("""
                {"eventId":"e-1","callId":"c-1","type":"ANSWERED","from":"07700 900123","line":"0808 800 8000",
                 "at":"2026-12-03T09:00:00Z","agent":"2001"}""");
        assertEquals(CallEventType.ANSWERED, event.type());
        assertEquals("+447700900123", event.callerNumber());
        assertFalse(event.withheld());
        assertEquals(Instant.parse("2026-12-03T09:00:00Z"), event.at());
        assertEquals("2001", event.agent());
    }

    @Test
    void aWithheldNumberIsNoNumber() {
        CallEventMessage event = CallEventMessage.parse(
                "{\"eventId\":\"e-2\",\"callId\":\"c-1\",\"type\":\"ringing\",\"from\":\"withheld\",\"at\":\"2026-12-03T09:00:00+00:00\"}");
        assertTrue(event.withheld());
        assertNull(event.callerNumber());
    }

    @Test
    void refusesWhatIsNotAnEventAtTheFieldAtFault() {
        assertEquals("body", assertThrows(InvalidInputException.class, () -> CallEventMessage.parse("[1]")).getField());
        assertEquals("body", assertThrows(InvalidInputException.class, () -> CallEventMessage.parse("{oops")).getField());
        assertEquals("type", assertThrows(InvalidInputException.class, () -> CallEventMessage.parse(
                "{\"eventId\":\"e\",\"callId\":\"c\",\"type\":\"HELD\",\"at\":\"2026-12-03T09:00:00Z\"}")).getField());
        assertEquals("at", assertThrows(InvalidInputException.class, () -> CallEventMessage.parse(
                "{\"eventId\":\"e\",\"callId\":\"c\",\"type\":\"ENDED\",\"at\":\"yesterday\"}")).getField());
        assertEquals("agent", assertThrows(InvalidInputException.class, () -> CallEventMessage.parse(
                "{\"eventId\":\"e\",\"callId\":\"c\",\"type\":\"ANSWERED\",\"at\":\"2026-12-03T09:00:00Z\"}")).getField());
        assertEquals("from", assertThrows(InvalidInputException.class, () -> CallEventMessage.parse(
                "{\"eventId\":\"e\",\"callId\":\"c\",\"type\":\"ENDED\",\"from\":\"12\",\"at\":\"2026-12-03T09:00:00Z\"}")).getField());
        assertEquals("eventId", assertThrows(InvalidInputException.class, () -> CallEventMessage.parse(
                "{\"eventId\":7,\"callId\":\"c\",\"type\":\"ENDED\",\"at\":\"2026-12-03T09:00:00Z\"}")).getField());
        assertEquals("colour", assertThrows(InvalidInputException.class, () -> CallEventMessage.parse(
                "{\"eventId\":\"e\",\"callId\":\"c\",\"type\":\"ENDED\",\"at\":\"2026-12-03T09:00:00Z\",\"colour\":1}"))
                .getField(), "a field an event does not have");
    }

    @Test
    void aSignatureCoversTheTimestampAndTheBody() {
        String signature = Signatures.sign("demo-phone-secret-change-me", "1796288400", "{}");
        assertTrue(signature.matches("sha256=[0-9a-f]{64}"));
        assertTrue(Signatures.matches("demo-phone-secret-change-me", "1796288400", "{}", signature));
        assertTrue(Signatures.matches("demo-phone-secret-change-me", "1796288400", "{}", signature.toUpperCase().replace("SHA256=", "sha256=")));
        assertFalse(Signatures.matches("demo-phone-secret-change-me", "1796288401", "{}", signature));
        assertFalse(Signatures.matches("demo-phone-secret-change-me", "1796288400", "{ }", signature));
        assertFalse(Signatures.matches("another-secret-entirely", "1796288400", "{}", signature));
        assertFalse(Signatures.matches("demo-phone-secret-change-me", "1796288400", "{}", "sha256=zz"));
        assertFalse(Signatures.matches("demo-phone-secret-change-me", "1796288400", "{}", null));
    }
}
