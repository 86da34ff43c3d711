package org.helpline.callers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpline.shared.HelplineTime;
import org.helpline.shared.cluster.ServerKeys;

/**
 * Proof that a caller was shown to this member of staff as a match for what they typed: an HMAC over
 * the caller, the username and the day, under a key every server shares (kept in the database, so a
 * token one server issued is honoured by another). With it an adviser may
 * link the caller to the contact they are logging (and then see who they are talking to); without it, or
 * by guessing numbers, they may not.
 */
@ApplicationScoped
public class MatchTokens {

    static final String KEY_NAME = "match-tokens";

    @Inject
    ServerKeys keys;

    /** Keyed once; each signature works on a copy, which is cheaper than keying a new one. */
    private Mac keyed;

    @PostConstruct
    void loadKey() {
        try {
            keyed = Mac.getInstance("HmacSHA256");
            keyed.init(new SecretKeySpec(keys.key(KEY_NAME), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
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
            Mac mac = (Mac) keyed.clone();
            byte[] signed = mac.doFinal((callerId + "\n" + username + "\n" + day).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the runtime's HmacSHA256 can be copied", e);
        }
    }
}
