package org.helpline.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets Helpline must keep readable to use them (authenticator apps' and phone systems'
 * shared secrets), so that a copy of the database or a backup does not give them away. AES-256-GCM with
 * a random 96-bit nonce per value; a value is stored as {@code enc:v1:<key id>:<base64 of nonce and
 * ciphertext>}, so it names the key it was made with and a key can be replaced: values under the previous
 * key still open, and {@link #reseal} moves them to the current one. The key id is a short fingerprint
 * of the key, not the key. The purpose ("totp", "phone-system") is bound in as associated data, so a value
 * copied from one kind of column to another does not open.
 */
public final class SecretCipher {

    /** What every encrypted value starts with; a value without it is from before encryption. */
    public static final String PREFIX = "enc:";

    /** The purpose of authenticator apps' secrets. */
    public static final String TOTP = "totp";

    /** The purpose of phone systems' shared secrets. */
    public static final String PHONE_SYSTEM = "phone-system";

    private static final String VERSION = "v1";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    /**
     * @param current the key new values are made with: 32 bytes
     * @param previous an older key whose values still open, for a rotation; null if none
     */
    public SecretCipher(byte[] current, byte[] previous) {
        currentId = add(current);
        if (previous != null && !keyId(previous).equals(currentId)) {
            add(previous);
        }
    }

    /** A key from its base64 form, as the environment gives it; {@code name} says in errors where it came from. */
    public static byte[] decodeKey(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64; make one with: openssl rand -base64 32");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(name + " must be 32 bytes in base64 (it is " + key.length
                    + "); make one with: openssl rand -base64 32");
        }
        return key;
    }

    /** The id values made with this key carry: eight hex digits of a hash of the key. */
    public static String keyId(byte[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("helpline secrets key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(key), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The id of the key new values are made with. */
    public String currentKeyId() {
        return currentId;
    }

    /** {@code plain} encrypted under the current key, for {@code purpose}. */
    public String seal(String plain, String purpose) {
        Objects.requireNonNull(plain, "plain");
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(currentId), nonce, purpose);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + VERSION + ":" + currentId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /**
     * The secret in {@code stored}, a value {@link #seal} made for {@code purpose} under the current or the
     * previous key. A value from before encryption (no {@code enc:}) is returned as it is: the start-up
     * pass ({@link SecretsAtRest}) encrypts those, and until it has, they must keep working.
     *
     * @throws IllegalStateException if the value is under a key this cipher lacks, or was altered
     */
    public String open(String stored, String purpose) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        String[] parts = stored.split(":", 4);
        if (parts.length != 4 || !VERSION.equals(parts[1])) {
            throw new IllegalStateException("A stored secret is in a form this Helpline does not know");
        }
        SecretKeySpec key = keys.get(parts[2]);
        if (key == null) {
            throw new IllegalStateException("A stored secret is under the key " + parts[2] + ", which is neither "
                    + "HELPLINE_SECRETS_KEY (" + currentId + ") nor HELPLINE_SECRETS_KEY_PREVIOUS" + previousIds()
                    + ": set the key it was made with as HELPLINE_SECRETS_KEY_PREVIOUS");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret has been altered (not base64)");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("A stored secret has been altered (too short)");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, NONCE_BYTES), purpose);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret has been altered, or was made for another purpose "
                    + "or with another key of the same id");
        }
    }

    /** Whether {@code stored} is encrypted (under whichever key). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Whether {@code stored} is encrypted under the current key, so {@link #reseal} leaves it be. */
    public boolean isCurrent(String stored) {
        return isSealed(stored) && stored.startsWith(PREFIX + VERSION + ":" + currentId + ":");
    }

    /** {@code stored} under the current key: as it is if it is already, else opened and sealed again. */
    public String reseal(String stored, String purpose) {
        return isCurrent(stored) ? stored : seal(open(stored, purpose), purpose);
    }

    private String previousIds() {
        return keys.keySet().stream().filter(id -> !id.equals(currentId)).map(id -> " (" + id + ")")
                .findFirst().orElse(" (not set)");
    }

    private String add(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A secrets key is 32 bytes");
        }
        String id = keyId(key);
        keys.put(id, new SecretKeySpec(key.clone(), "AES"));
        return id;
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] nonce, String purpose)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(Objects.requireNonNull(purpose, "purpose").getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
