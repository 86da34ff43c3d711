package org.helpline.callers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.helpline.shared.HelplineTime;

/**
 * Proof that a caller was shown to this member of staff as a match for what they typed: an HMAC over
 * the caller, the username and the day, with a key made when the server starts. With it an adviser may
 * link the caller to the contact they are logging (and then see who they are talking to); without it, or
 * by guessing numbers, they may not.
 */
@ApplicationScoped
public class MatchTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key = new byte[32];

    public MatchTokens() {
        RANDOM.nextBytes(key);
    }

    public String issue(long callerId, String username) {
        return sign(callerId, username, LocalDate.now(HelplineTime.CLOCK));
    }

    /** Whether {@code token} was issued for this caller and user today or yesterday (a call across midnight). */
    public boolean valid(long callerId, String username, String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        LocalDate today = LocalDate.now(HelplineTime.CLOCK);
        byte[] given = token.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, sign(callerId, username, today).getBytes(StandardCharsets.US_ASCII))
                || MessageDigest.isEqual(given, sign(callerId, username, today.minusDays(1)).getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(long callerId, String username, LocalDate day) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal((callerId + "\n" + username + "\n" + day).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
