package org.helpline.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A call worked out from its events, whatever order they come in. */
class PhoneCallTest {

    private static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");
    private static final PhoneSystem PBX = new PhoneSystem("test-pbx", "Test", "a-secret-of-sixteen+",
            new org.helpline.security.SecretCipher(new byte[32], null), NINE);

    private static CallEventMessage event(CallEventType type, int secondsAfterNine, String agent) {
        return new CallEventMessage(type + "-" + secondsAfterNine, "call-1", type, "+447700900123", false,
                "0808 800 8000", NINE.plusSeconds(secondsAfterNine), agent);
    }

    private static PhoneCall replay(List<CallEventMessage> events) {
        PhoneCall call = new PhoneCall(PBX, "call-1", NINE);
        events.forEach(e -> call.apply(e, null, null, NINE));
        return call;
    }

    @Test
    void anAnsweredCallEndsCompletedInEveryOrder() {
        List<CallEventMessage> events = List.of(event(CallEventType.RINGING, 0, null),
                event(CallEventType.ANSWERED, 12, "adviser"), event(CallEventType.ENDED, 312, null));
        for (List<CallEventMessage> order : permutations(events)) {
            PhoneCall call = replay(order);
            assertEquals(CallOutcome.COMPLETED, call.getOutcome(), order.toString());
            assertEquals(Duration.ofSeconds(300), call.talkTime());
            assertEquals(NINE, call.getRingingAt());
            assertEquals("adviser", call.getAnsweredAgent());
        }
    }

    @Test
    void aLateRingingUndoesNoAnswer() {
        PhoneCall call = replay(List.of(event(CallEventType.ANSWERED, 10, "adviser"), event(CallEventType.RINGING, 0, null)));
        assertEquals(CallOutcome.ANSWERED, call.getOutcome());
        assertNull(call.talkTime());
    }

    @Test
    void anAnswerAfterAMissFromAnotherPhoneIsAnAnsweredCall() {
        PhoneCall call = replay(List.of(event(CallEventType.MISSED, 20, null), event(CallEventType.ANSWERED, 25, "adviser")));
        assertEquals(CallOutcome.ANSWERED, call.getOutcome());
        call.apply(event(CallEventType.ENDED, 85, null), null, null, NINE);
        assertEquals(CallOutcome.COMPLETED, call.getOutcome());
        assertEquals(Duration.ofSeconds(60), call.talkTime());
    }

    @Test
    void anEndWithNoAnswerIsAHangUpAndVoicemailOutweighsAnEarlierMiss() {
        assertEquals(CallOutcome.ABANDONED, replay(List.of(event(CallEventType.RINGING, 0, null),
                event(CallEventType.ENDED, 30, null))).getOutcome());
        for (List<CallEventMessage> order : permutations(List.of(event(CallEventType.MISSED, 20, null),
                event(CallEventType.VOICEMAIL, 40, null), event(CallEventType.RINGING, 0, null)))) {
            assertEquals(CallOutcome.VOICEMAIL, replay(order).getOutcome(), order.toString());
        }
    }

    @Test
    void aNumberOnceGivenIsKeptAndTellsTheFirstAnswer() {
        PhoneCall call = new PhoneCall(PBX, "call-1", NINE);
        CallEventMessage withheld = new CallEventMessage("e1", "call-1", CallEventType.RINGING, null, true, null, NINE, null);
        assertFalse(call.apply(withheld, null, null, NINE));
        assertTrue(call.isWithheld());
        assertTrue(call.apply(event(CallEventType.ANSWERED, 5, "adviser"), null, null, NINE));
        assertFalse(call.apply(event(CallEventType.ANSWERED, 6, "adviser"), null, null, NINE), "only the first answer pops");
        assertEquals("+447700900123", call.getCallerNumber());
        assertFalse(call.isWithheld());
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
