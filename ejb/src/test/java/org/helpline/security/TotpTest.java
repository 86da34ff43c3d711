package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238's SHA-1 key, the ASCII "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void makesTheCodesOfRfc6238() {
        // The RFC prints eight digits; apps show the last six.
        assertEquals("287082", code(59));
        assertEquals("081804", code(1111111109));
        assertEquals("050471", code(1111111111));
        assertEquals("005924", code(1234567890));
        assertEquals("279037", code(2000000000));
    }

    @Test
    void acceptsNowAndOneStepEitherSideOnly() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.stepAt(now);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SECRET, "005924", now, 0));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0));
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, 0).isEmpty());
    }

    @Test
    void refusesACodeAlreadyUsed() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.stepAt(now);
        assertTrue(Totp.matchingStep(RFC_SECRET, "005924", now, step).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step).isEmpty());
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step));
    }

    @Test
    void takesSpacesButNothingElse() {
        Instant now = Instant.ofEpochSecond(1234567890);
        assertTrue(Totp.matchingStep(RFC_SECRET, "005 924", now, 0).isPresent());
        for (String wrong : new String[] {"", "5924", "0059240", "00592a", "００５９２４", "005924\n", null}) {
            assertTrue(Totp.matchingStep(RFC_SECRET, wrong, now, 0).isEmpty(), String.valueOf(wrong));
        }
    }

    @Test
    void newSecretsAreLongAndDifferent() {
        String one = Totp.newSecret();
        assertEquals(32, one.length(), "160 bits in Base32");
        assertTrue(one.matches("[A-Z2-7]{32}"));
        assertNotEquals(one, Totp.newSecret());
        assertEquals("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ", Totp.grouped(RFC_SECRET));
    }

    @Test
    void keyUriNamesTheHelplineAndTheUser() {
        assertEquals("otpauth://totp/MS%20Helpline:jo.smith?secret=" + RFC_SECRET
                + "&issuer=MS%20Helpline&algorithm=SHA1&digits=6&period=30",
                Totp.keyUri("MS Helpline", "jo.smith", RFC_SECRET));
    }

    private static String code(long epochSecond) {
        return Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(epochSecond)));
    }
}
