package org.helpline.email;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.helpline.shared.UserText;

/**
 * Reads an email's bytes into an {@link IncomingEmail}, whatever state they are in: a structure that cannot be
 * read, an unknown character set, no subject, no Message-ID, a forged-looking sender. What cannot be read is
 * said in the email's {@code problem}, and the text is kept as received, so that nothing is lost and nothing
 * throws. HTML is sanitised here (OWASP's sanitiser: formatting, blocks, tables and links only; no scripts,
 * styles, forms or images, so no tracking images load), before anything stores or shows it.
 */
public final class EmailReader {

    /** Text kept of one email; beyond it the text is cut and the email's problem says so. */
    static final int TEXT_MAX = 200_000;
    private static final int NAME_MAX = 200;
    private static final int REFERENCES_MAX = 30;

    private static final PolicyFactory HTML = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowAttributes("href").onElements("a")
                    .allowUrlProtocols("https", "http", "mailto").requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());
    private static final PolicyFactory NO_HTML = new HtmlPolicyBuilder().toFactory();

    // No control characters in a Message-ID or an address (a NUL would make the row unstorable, and the email
    // would wait in the inbox for ever): such an id counts as none, and the key comes from the bytes.
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s\\p{Cntrl}]{1,990}>");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s\\p{Cntrl}<>\"(),;:]+@[^\\s\\p{Cntrl}<>\"(),;:]+");
    private static final Pattern RESULT = Pattern.compile("\\b(dmarc|dkim|spf)\\s*=\\s*([a-z]+)", Pattern.CASE_INSENSITIVE);

    private final long maxAttachmentBytes;
    private final String authservId;
    private final Session session = Session.getInstance(new Properties());

    /**
     * @param maxAttachmentBytes a file larger than this is listed but not kept
     * @param authservId the receiving server's name in its Authentication-Results headers (only its verdict
     *                   counts, since a sender can write such a header too); blank to take the topmost header
     */
    public EmailReader(long maxAttachmentBytes, String authservId) {
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.authservId = authservId == null ? "" : authservId.strip().toLowerCase(Locale.ROOT);
    }

    /** Reads an email as it was received. */
    public IncomingEmail read(byte[] source) {
        MimeMessage message;
        try {
            message = new MimeMessage(session, new ByteArrayInputStream(source));
        } catch (MessagingException unreadable) {
            return unreadable(source);
        }
        Body body = new Body();
        try {
            body.walk(message, 0);
        } catch (MessagingException | IOException | RuntimeException broken) {
            body.problems.add(UserText.of("email.problem.structure"));
            body.text.setLength(0);
            body.text.append(asText(source));
        }
        if (body.text.toString().isBlank() && body.html == null && body.attachments.isEmpty() && hasBody(source)) {
            // Parts the parser found nothing in (a multipart without its boundary, say): kept as received.
            body.problems.add(UserText.of("email.problem.structure"));
            body.text.append(asText(source));
        }
        return headers(message, digest(source), source.length, source, body);
    }

    /** Whether anything but blank lines follows the headers. */
    private static boolean hasBody(byte[] source) {
        String text = asText(source);
        int end = text.indexOf("\r\n\r\n");
        end = end < 0 ? text.indexOf("\n\n") : end;
        return end >= 0 && !text.substring(end).isBlank();
    }

    /**
     * An email too large to take in, from its headers alone: filed so that the team knows it came, with a
     * problem that says where it was left.
     */
    public IncomingEmail tooLarge(MimeMessage headersOnly, long size, long limit, String leftIn) {
        Body body = new Body();
        body.problems.add(UserText.of("email.problem.tooLarge", megabytes(size), megabytes(limit), leftIn));
        String digest;
        try {
            StringBuilder all = new StringBuilder();
            for (var headers = headersOnly.getAllHeaderLines(); headers.hasMoreElements();) {
                all.append(headers.nextElement()).append('\n');
            }
            digest = digest(all.append(size).toString().getBytes(StandardCharsets.UTF_8));
        } catch (MessagingException unreadable) {
            digest = digest(String.valueOf(size).getBytes(StandardCharsets.UTF_8));
        }
        return headers(headersOnly, digest, size, null, body);
    }

    /** An email whose headers could not even be parsed: kept as text, under a key from its bytes. */
    private IncomingEmail unreadable(byte[] source) {
        String text = noNul(asText(source));
        String problem = UserText.of("email.problem.structure");
        return new IncomingEmail(keyFromDigest(digest(source)), null, List.of(), "", null, List.of(),
                UserText.of("email.noSubject"), null, cut(text, TEXT_MAX), null, AuthVerdict.NONE, null, problem,
                source.length, false, List.of(), source);
    }

    private IncomingEmail headers(MimeMessage message, String digest, long size, byte[] source, Body body) {
        String key = firstId(header(message, "Message-ID"));
        if (key == null) {
            key = keyFromDigest(digest);
        }
        String inReplyTo = firstId(header(message, "In-Reply-To"));
        List<String> references = ids(header(message, "References"));
        if (references.size() > REFERENCES_MAX) {
            references = references.subList(references.size() - REFERENCES_MAX, references.size());
        }
        String fromAddress = "";
        String fromName = null;
        InternetAddress from = from(message);
        if (from != null) {
            fromAddress = address(from.getAddress());
            fromName = from.getPersonal() == null || from.getPersonal().isBlank() ? null
                    : cut(clean(from.getPersonal()), NAME_MAX);
        }
        if (fromAddress.length() > 254) {
            fromAddress = fromAddress.substring(0, 254);
        }
        String subject = subject(message);
        Instant sentAt = null;
        try {
            sentAt = message.getSentDate() == null ? null : message.getSentDate().toInstant();
        } catch (MessagingException undated) {
            // no usable Date header: the time it arrived stands
        }
        String[] verdict = verdict(message);
        String text = body.text.toString();
        if (text.isBlank() && body.html != null) {
            text = htmlAsText(body.html);
        }
        if (text.length() > TEXT_MAX) {
            text = cut(text, TEXT_MAX);
            body.problems.add(UserText.of("email.problem.longText", TEXT_MAX));
        }
        // Cut before sanitising, so that the sanitiser closes whatever the cut left open.
        String html = body.html == null ? null : HTML.sanitize(noNul(cut(body.html, TEXT_MAX)));
        String problem = body.problems.isEmpty() ? null : cut(String.join(" ", body.problems), 500);
        return new IncomingEmail(key, inReplyTo, references, fromAddress, fromName, to(message), subject, sentAt,
                noNul(text), html, AuthVerdict.valueOf(verdict[0]), verdict[1], problem, size, autoSubmitted(message),
                List.copyOf(body.attachments), source);
    }

    /** What was written in the parts of an email, walked in order: the first text, the first HTML, the files. */
    private final class Body {
        final StringBuilder text = new StringBuilder();
        String html;
        final List<IncomingEmail.Attachment> attachments = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        boolean textTaken;

        void walk(Part part, int depth) throws MessagingException, IOException {
            if (depth > 20) {
                problems.add(UserText.of("email.problem.tooDeep"));
                return;
            }
            String type = contentType(part);
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName(part) != null;
            if (type.startsWith("multipart/")) {
                Object content = part.getContent();
                if (content instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart child = multipart.getBodyPart(i);
                        walk(child, depth + 1);
                    }
                    return;
                }
                problems.add(UserText.of("email.problem.structure"));
                text.append(readText(part));
            } else if (type.equals("text/plain") && !attached) {
                if (!textTaken) {
                    text.append(readText(part));
                    textTaken = true;
                }
            } else if (type.equals("text/html") && !attached) {
                if (html == null) {
                    html = readText(part);
                }
            } else {
                attach(part, type);
            }
        }

        private void attach(Part part, String type) throws MessagingException {
            String name = fileName(part);
            if (name == null) {
                name = UserText.of("email.attachment.unnamed", attachments.size() + 1);
            }
            name = cut(clean(name).replaceAll("[\\\\/]", "_"), 255);
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = readUpTo(in, maxAttachmentBytes + 1);
            } catch (IOException | MessagingException undecodable) {
                problems.add(UserText.of("email.problem.attachment", name));
                attachments.add(new IncomingEmail.Attachment(name, cut(type, 255), 0, null,
                        UserText.of("email.attachment.unreadable")));
                return;
            }
            if (bytes.length > maxAttachmentBytes) {
                attachments.add(new IncomingEmail.Attachment(name, cut(type, 255), bytes.length, null,
                        UserText.of("email.attachment.tooLarge", megabytes(maxAttachmentBytes))));
            } else {
                attachments.add(new IncomingEmail.Attachment(name, cut(type, 255), bytes.length, bytes, null));
            }
        }

        /** A text part in its own character set; one Java does not know is read as Windows-1252, and said so. */
        private String readText(Part part) throws MessagingException, IOException {
            try {
                Object content = part.getContent();
                if (content instanceof String s) {
                    return s;
                }
            } catch (UnsupportedEncodingException unknownCharset) {
                problems.add(UserText.of("email.problem.charset", charset(part)));
            }
            try (InputStream in = part.getInputStream()) {
                return new String(readUpTo(in, TEXT_MAX * 4L), Charset.forName("windows-1252"));
            }
        }
    }

    private static String contentType(Part part) {
        try {
            String raw = part.getContentType();
            return raw == null ? "text/plain" : new ContentType(raw).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException unparsable) {
            return "application/octet-stream";
        }
    }

    private static String charset(Part part) {
        try {
            String charset = new ContentType(part.getContentType()).getParameter("charset");
            return charset == null ? "?" : cut(clean(charset), 40);
        } catch (MessagingException | RuntimeException unparsable) {
            return "?";
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException unparsable) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name != null && name.contains("=?")) {
                name = MimeUtility.decodeText(name);
            }
            return name == null || name.isBlank() ? null : name;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException unparsable) {
            return null;
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, " ");
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    /** The first sender named in From, else one written in a From the parser refused, else Sender. */
    private static InternetAddress from(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null) {
                for (Address address : from) {
                    if (address instanceof InternetAddress internet) {
                        return internet;
                    }
                }
            }
        } catch (MessagingException malformed) {
            String raw = header(message, "From");
            if (raw != null) {
                Matcher found = ADDRESS.matcher(raw);
                if (found.find()) {
                    try {
                        return new InternetAddress(found.group(), false);
                    } catch (AddressException stillMalformed) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static List<String> to(MimeMessage message) {
        List<String> to = new ArrayList<>();
        try {
            Address[] recipients = message.getRecipients(jakarta.mail.Message.RecipientType.TO);
            if (recipients != null) {
                for (Address address : recipients) {
                    if (address instanceof InternetAddress internet && !address(internet.getAddress()).isEmpty()) {
                        to.add(address(internet.getAddress()));
                    }
                }
            }
        } catch (MessagingException malformed) {
            // kept in the source; the enquiry does not need it
        }
        return to;
    }

    private static String subject(MimeMessage message) {
        String subject;
        try {
            subject = message.getSubject();
        } catch (MessagingException unreadable) {
            subject = header(message, "Subject");
        }
        subject = subject == null ? "" : clean(subject).strip();
        return subject.isEmpty() ? UserText.of("email.noSubject") : cut(subject, EmailThread.SUBJECT_MAX);
    }

    /** Auto-replies, bounces and list mail: never answered automatically (RFC 3834 and the older conventions). */
    private static boolean autoSubmitted(MimeMessage message) {
        String auto = header(message, "Auto-Submitted");
        if (auto != null && !auto.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("(bulk|junk|list|auto_reply).*")) {
            return true;
        }
        return header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null
                || header(message, "List-Id") != null;
    }

    /**
     * The receiving server's verdict on the From address: its Authentication-Results header (the one naming
     * {@link #authservId}, else the topmost, which the last server to handle the email added). DMARC decides
     * when it was checked; otherwise a DKIM or SPF failure fails and a pass passes.
     */
    String[] verdict(MimeMessage message) {
        String[] headers;
        try {
            headers = message.getHeader("Authentication-Results");
        } catch (MessagingException unreadable) {
            headers = null;
        }
        if (headers == null || headers.length == 0) {
            return new String[] {AuthVerdict.NONE.name(), null};
        }
        String chosen = null;
        for (String header : headers) {
            String unfolded = header.replaceAll("\\s+", " ").strip();
            String server = unfolded.split("[;\\s]", 2)[0].toLowerCase(Locale.ROOT);
            if (authservId.isEmpty() || server.equals(authservId)) {
                chosen = unfolded;
                break;
            }
        }
        if (chosen == null) {
            return new String[] {AuthVerdict.NONE.name(), null};
        }
        String dmarc = null;
        String dkim = null;
        String spf = null;
        Matcher results = RESULT.matcher(chosen);
        List<String> said = new ArrayList<>();
        while (results.find()) {
            String method = results.group(1).toLowerCase(Locale.ROOT);
            String result = results.group(2).toLowerCase(Locale.ROOT);
            said.add(method + "=" + result);
            switch (method) {
                case "dmarc" -> dmarc = dmarc == null ? result : dmarc;
                case "dkim" -> dkim = dkim == null || "pass".equals(result) ? result : dkim;
                default -> spf = spf == null ? result : spf;
            }
        }
        String server = chosen.split("[;\\s]", 2)[0];
        String detail = cut(String.join(", ", said) + (said.isEmpty() ? "" : " ") + "(" + clean(server) + ")", 500);
        AuthVerdict verdict;
        if (dmarc != null) {
            verdict = "pass".equals(dmarc) ? AuthVerdict.PASS : "fail".equals(dmarc) ? AuthVerdict.FAIL : AuthVerdict.NONE;
        } else if (isFail(dkim) || isFail(spf)) {
            verdict = AuthVerdict.FAIL;
        } else if ("pass".equals(dkim) || "pass".equals(spf)) {
            verdict = AuthVerdict.PASS;
        } else {
            verdict = AuthVerdict.NONE;
        }
        return new String[] {verdict.name(), detail};
    }

    private static boolean isFail(String result) {
        return "fail".equals(result) || "softfail".equals(result);
    }

    private static String firstId(String header) {
        if (header == null) {
            return null;
        }
        Matcher id = MESSAGE_ID.matcher(header);
        if (id.find()) {
            return id.group();
        }
        String bare = header.strip(); // an id without its angle brackets, as some mailers write it
        return bare.matches("[^<>\\s\\p{Cntrl}]{1,990}") ? "<" + bare + ">" : null;
    }

    private static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher id = MESSAGE_ID.matcher(header);
            while (id.find()) {
                ids.add(id.group());
            }
        }
        return ids;
    }

    /** HTML turned into plain text for an email with no text part: line breaks kept, every tag and entity gone. */
    static String htmlAsText(String html) {
        String marked = html.replaceAll("(?i)<\\s*(br|/p|/div|/li|/tr|/h[1-6])[^>]*>", "\n");
        marked = marked.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1\\s*>", "");
        String sanitised = NO_HTML.sanitize(marked);
        return unescape(sanitised).replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        Matcher entity = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);").matcher(escaped);
        while (entity.find()) {
            String e = entity.group(1);
            String replacement = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    int code = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
                }
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }

    /** Bytes read as text when nothing better can be done: UTF-8 where they are, Windows-1252 where not. */
    static String asText(byte[] source) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(source, 0, Math.min(source.length, TEXT_MAX * 4))).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(source, 0, Math.min(source.length, TEXT_MAX * 4), Charset.forName("windows-1252"));
        }
    }

    /** Control characters (other than line breaks and tabs) removed: a header or name shown on a page. */
    static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replace('\n', ' ').replace('\t', ' ');
    }

    /**
     * An address as stored, in lower case; none ("") for one holding a control character: stripping it would make
     * another person's address, and a reply could go there.
     */
    private static String address(String address) {
        if (address == null || address.chars().anyMatch(Character::isISOControl)) {
            return "";
        }
        return address.strip().toLowerCase(Locale.ROOT);
    }

    static String cut(String text, int max) {
        return EmailMessage.cut(text, max);
    }

    /** Without NUL characters, which PostgreSQL does not store in text: an email holding one is still filed. */
    static String noNul(String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

    static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / 1_048_576.0);
    }

    private static byte[] readUpTo(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            total += read;
            if (total >= limit) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException always) {
            throw new IllegalStateException(always);
        }
    }

    private static String keyFromDigest(String digest) {
        return "<sha256-" + digest + "@helpline.invalid>";
    }
}
