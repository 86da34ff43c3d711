package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Secrets encrypted at rest: they come back, and only under the right key, purpose and bytes. */
class SecretCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    @Test
    void aSealedSecretOpensAgainAndDoesNotShowIt() {
        SecretCipher cipher = new SecretCipher(newKey(), null);
        String sealed = cipher.seal(SECRET, SecretCipher.TOTP);

        assertTrue(sealed.startsWith("enc:v1:" + cipher.currentKeyId() + ":"), sealed);
        assertFalse(sealed.contains(SECRET));
        assertTrue(sealed.length() <= 200, "fits the column: " + sealed.length());
        assertEquals(SECRET, cipher.open(sealed, SecretCipher.TOTP));
        assertNotEquals(sealed, cipher.seal(SECRET, SecretCipher.TOTP), "a new nonce each time");
        assertEquals("", cipher.open(cipher.seal("", SecretCipher.TOTP), SecretCipher.TOTP));
    }

    @Test
    void anotherKeyIsRefused() {
        String sealed = new SecretCipher(newKey(), null).seal(SECRET, SecretCipher.TOTP);
        SecretCipher other = new SecretCipher(newKey(), null);

        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> other.open(sealed, SecretCipher.TOTP));
        assertTrue(unknown.getMessage().contains("HELPLINE_SECRETS_KEY_PREVIOUS"), unknown.getMessage());
        // The same value claiming the other key's id: the key itself is wrong, which GCM's tag shows.
        String relabelled = sealed.replaceFirst("enc:v1:[0-9a-f]{8}:", "enc:v1:" + other.currentKeyId() + ":");
        assertThrows(IllegalStateException.class, () -> other.open(relabelled, SecretCipher.TOTP));
    }

    @Test
    void anAlteredValueOrAnotherPurposeIsRefused() {
        SecretCipher cipher = new SecretCipher(newKey(), null);
        String sealed = cipher.seal(SECRET, SecretCipher.PHONE_SYSTEM);
        String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(prefix.length()));

        for (int i : new int[] {0, 11, 12, bytes.length - 1}) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= 1;
            String altered = prefix + Base64.getEncoder().encodeToString(flipped);
            assertThrows(IllegalStateException.class, () -> cipher.open(altered, SecretCipher.PHONE_SYSTEM),
                    "byte " + i + " changed");
        }
        assertThrows(IllegalStateException.class, () -> cipher.open(prefix + "AAAA", SecretCipher.PHONE_SYSTEM));
        assertThrows(IllegalStateException.class, () -> cipher.open(prefix + "not base64!", SecretCipher.PHONE_SYSTEM));
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed.replace("enc:v1:", "enc:v9:"),
                SecretCipher.PHONE_SYSTEM));
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, SecretCipher.TOTP),
                "a phone system's secret copied into a TOTP column");
    }

    @Test
    void theCurrentKeySealsAndThePreviousOneStillOpensUntilResealed() {
        byte[] oldKey = newKey();
        byte[] newKey = newKey();
        SecretCipher before = new SecretCipher(oldKey, null);
        String underOld = before.seal(SECRET, SecretCipher.TOTP);

        SecretCipher rotating = new SecretCipher(newKey, oldKey);
        assertEquals(SecretCipher.keyId(newKey), rotating.currentKeyId(), "new values use the current key");
        assertNotEquals(before.currentKeyId(), rotating.currentKeyId());
        assertTrue(rotating.seal(SECRET, SecretCipher.TOTP).startsWith("enc:v1:" + SecretCipher.keyId(newKey) + ":"));
        assertEquals(SECRET, rotating.open(underOld, SecretCipher.TOTP), "the previous key still opens");
        assertFalse(rotating.isCurrent(underOld));

        String resealed = rotating.reseal(underOld, SecretCipher.TOTP);
        assertTrue(rotating.isCurrent(resealed));
        assertSame(resealed, rotating.reseal(resealed, SecretCipher.TOTP), "already current: left as it is");
        assertEquals(SECRET, new SecretCipher(newKey, null).open(resealed, SecretCipher.TOTP),
                "once resealed, the old key is no longer needed");
        assertThrows(IllegalStateException.class, () -> before.open(resealed, SecretCipher.TOTP));
    }

    @Test
    void aPlainValueFromBeforeEncryptionIsReadAsItIsAndResealed() {
        SecretCipher cipher = new SecretCipher(newKey(), null);
        assertEquals("demo-phone-secret-change-me", cipher.open("demo-phone-secret-change-me", SecretCipher.PHONE_SYSTEM));
        assertFalse(cipher.isCurrent("demo-phone-secret-change-me"));
        String resealed = cipher.reseal("demo-phone-secret-change-me", SecretCipher.PHONE_SYSTEM);
        assertTrue(cipher.isCurrent(resealed));
        assertEquals("demo-phone-secret-change-me", cipher.open(resealed, SecretCipher.PHONE_SYSTEM));
    }

    @Test
    void aKeyFromTheEnvironmentMustBe32BytesOfBase64AndIsNeverEchoed() {
        byte[] key = newKey();
        String given = Base64.getEncoder().encodeToString(key);
        assertEquals(SecretCipher.keyId(key), SecretCipher.keyId(SecretCipher.decodeKey(" " + given + "\n", "K")));
        assertTrue(SecretCipher.keyId(key).matches("[0-9a-f]{8}"));

        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalStateException tooShort = assertThrows(IllegalStateException.class,
                () -> SecretCipher.decodeKey(shortKey, "HELPLINE_SECRETS_KEY"));
        assertTrue(tooShort.getMessage().contains("HELPLINE_SECRETS_KEY must be 32 bytes"), tooShort.getMessage());
        assertFalse(tooShort.getMessage().contains(shortKey));
        IllegalStateException notBase64 = assertThrows(IllegalStateException.class,
                () -> SecretCipher.decodeKey("correct horse battery staple", "HELPLINE_SECRETS_KEY"));
        assertFalse(notBase64.getMessage().contains("horse"));
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(new byte[16], null));
    }
}
