package org.helpline.telephony;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a phone system puts on each event: {@code sha256=} and the hex HMAC-SHA256, under the
 * system's shared secret, of the timestamp header, a full stop and the body exactly as sent.
 */
public final class Signatures {

    public static final String PREFIX = "sha256=";

    private Signatures() {
    }

    /** The signature header for {@code body} sent at {@code timestamp} (unix seconds, as text). */
    public static String sign(String secret, String timestamp, String body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    /** Whether {@code signature} is right, compared in constant time so that timing gives nothing away. */
    static boolean matches(String secret, String timestamp, String body, String signature) {
        if (signature == null || !signature.startsWith(PREFIX)) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(PREFIX.length()).strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, timestamp, body), given);
    }

    private static byte[] hmac(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
