package org.helpline.email;

import java.time.Instant;
import java.util.List;

/**
 * An email as {@link EmailReader} read it, ready to file: its key (Message-ID, or a digest of its bytes when it
 * has none), threading headers, sender, subject, text, sanitised HTML, the sender checks' verdict, files, and
 * what could not be read ({@code problem}, for the adviser to see). {@code source} is the bytes as received;
 * null when the message was too large to take in.
 */
public record IncomingEmail(
        String key,
        String inReplyTo,
        List<String> references,
        String fromAddress,
        String fromName,
        List<String> to,
        String subject,
        Instant sentAt,
        String text,
        String html,
        AuthVerdict verdict,
        String verdictDetail,
        String problem,
        long size,
        boolean autoSubmitted,
        List<Attachment> attachments,
        byte[] source) {

    /** A file that came with it; {@code content} null and {@code withheld} saying why when it was not kept. */
    public record Attachment(String fileName, String contentType, long size, byte[] content, String withheld) {
    }

    /**
     * The same email under a key of its own (its Message-ID and a digest of its bytes), for one that reuses a
     * Message-ID another email had.
     */
    public IncomingEmail rekeyed() {
        String digest;
        try {
            byte[] content = source != null ? source
                    : (fromAddress + "\n" + subject + "\n" + size).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException always) {
            throw new IllegalStateException(always);
        }
        String base = key.length() > 900 ? key.substring(0, 900) : key;
        return new IncomingEmail(base + "#" + digest, inReplyTo, references, fromAddress, fromName, to, subject, sentAt,
                text, html, verdict, verdictDetail, problem, size, autoSubmitted, attachments, source);
    }

    /** Every key this email names as one it answers, the nearest first: In-Reply-To, then References backwards. */
    public List<String> answers() {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        if (inReplyTo != null) {
            keys.add(inReplyTo);
        }
        for (int i = references.size() - 1; i >= 0; i--) {
            keys.add(references.get(i));
        }
        return List.copyOf(keys);
    }
}
