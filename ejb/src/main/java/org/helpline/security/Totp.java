package org.helpline.security;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: HMAC-SHA1 over 30-second steps,
 * six digits. A code is accepted one step either side of now, for a phone clock a little out, and only
 * for a step later than the last one used, so that an overheard code cannot be used again.
 */
public final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new shared secret, in the Base32 that apps take when typed in. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The step {@code at} falls in. */
    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The six-digit code for a secret at a step, with its leading zeros. */
    public static String code(String secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this Java", e);
        }
    }

    /**
     * The step a typed code belongs to, if it is the code of now or one step either side and later than
     * {@code lastUsedStep}. Spaces people type between the digits are ignored.
     */
    public static OptionalLong matchingStep(String secret, String typed, Instant now, long lastUsedStep) {
        if (secret == null || typed == null) {
            return OptionalLong.empty();
        }
        String digits = typed.replace(" ", "");
        if (!SIX_DIGITS.matcher(digits).matches()) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        // Every candidate is computed and compared in full, so the time taken says nothing of which matched.
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII)) && step > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** The {@code otpauth://} address a QR code carries for authenticator apps. */
    public static String keyUri(String issuer, String username, String secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The secret in groups of four, easier to read out and type. */
    public static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
