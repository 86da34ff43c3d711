package org.helpline.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Emails in every state the issue names, read without a throw, each kept readable or its problem said. */
class EmailReaderTest {

    private final EmailReader reader = new EmailReader(1_000, "mx.helpline.test");

    private static byte[] eml(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPlainEmailIsReadWithItsThreadingHeaders() {
        IncomingEmail email = reader.read(eml("""
                From: "Ann Carer" <Ann.Carer@Example.org>
                To: helpline@helpline.test
                Subject: Fatigue course for my husband
                Message-ID: <abc.1@example.org>
                In-Reply-To: <reply.2@helpline.test>
                References: <first.1@helpline.test> <reply.2@helpline.test>
                Date: Mon, 7 Dec 2026 09:30:00 +0000
                Content-Type: text/plain; charset=utf-8

                Hello, is there a FACETS course near us?
                """));
        assertEquals("<abc.1@example.org>", email.key());
        assertEquals("ann.carer@example.org", email.fromAddress());
        assertEquals("Ann Carer", email.fromName());
        assertEquals("Fatigue course for my husband", email.subject());
        assertEquals(List.of("<reply.2@helpline.test>", "<first.1@helpline.test>"), email.answers());
        assertTrue(email.text().contains("FACETS course"));
        assertNull(email.problem());
        assertEquals(AuthVerdict.NONE, email.verdict());
        assertFalse(email.autoSubmitted());
        assertTrue(email.to().stream().noneMatch(to -> to.startsWith("other")), "nor is a recipient's");
    }

    @Test
    void htmlIsSanitisedScriptsAndTrackingImagesGoAndTextIsDerived() {
        IncomingEmail email = reader.read(eml("""
                From: someone@example.org
                Subject: html only
                Message-ID: <html.1@example.org>
                Content-Type: text/html; charset=utf-8

                <html><body><p onclick="steal()">Dear team,<br>I <b>need</b> help.</p><script>alert(1)</script>
                <img src="https://tracker.example/pixel.gif" width="1"><a href="javascript:evil()">x</a>
                <a href="https://www.mssociety.org.uk/">link</a><style>p{color:red}</style></body></html>
                """));
        assertFalse(email.html().contains("script"), email.html());
        assertFalse(email.html().contains("<img"), email.html());
        assertFalse(email.html().contains("onclick"), email.html());
        assertFalse(email.html().contains("javascript"), email.html());
        assertTrue(email.html().contains("<b>need</b>"), email.html());
        assertTrue(email.html().contains("rel=\"nofollow noopener noreferrer\""), email.html());
        assertTrue(email.text().startsWith("Dear team,\nI need help."), email.text());
        assertFalse(email.text().contains("alert"), email.text());
    }

    @Test
    void malformedMimeIsKeptAsReceivedWithItsProblemSaid() {
        IncomingEmail email = reader.read(eml("""
                From: broken@example.org
                Subject: broken
                Content-Type: multipart/mixed

                --nothing here is a boundary
                Please call me back.
                """));
        assertNotNull(email.problem());
        assertTrue(email.text().contains("Please call me back."), email.text());
        assertTrue(email.key().startsWith("<sha256-"), "no Message-ID: a key from its bytes");
        assertEquals(email.key(), reader.read(eml("""
                From: broken@example.org
                Subject: broken
                Content-Type: multipart/mixed

                --nothing here is a boundary
                Please call me back.
                """)).key(), "the same bytes, the same key");
    }

    @Test
    void controlCharactersInHeadersNeverReachWhatIsStored() {
        IncomingEmail email = reader.read(eml("""
                From: "Nul\u0000Name" <nul\u0000.sender@example.org>
                To: helpline@helpline.test, "Other" <other\u0007@example.org>
                Subject: Odd\u0000 bytes
                Message-ID: <id.with\u0000nul@example.org>
                In-Reply-To: <reply\u0001.2@helpline.test>
                Content-Type: text/plain; charset=utf-8

                Hello\u0000 there
                """));
        for (String stored : List.of(email.key(), email.fromAddress(), String.valueOf(email.fromName()), email.subject(),
                String.join(" ", email.to()), String.join(" ", email.answers()), email.text())) {
            assertTrue(stored.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'), stored);
        }
        assertTrue(email.key().startsWith("<") && !email.key().contains("with"), "an id with a NUL counts as none: "
                + email.key());
        assertTrue(email.answers().isEmpty(), "nor does a reference with one");
        assertEquals("", email.fromAddress(), "an address with one is no address: stripped, it would be someone else's");
        assertTrue(email.to().stream().noneMatch(to -> to.startsWith("other")), "nor is a recipient's");
    }

    @Test
    void bytesThatAreNoEmailAtAllAreStillKept() {
        byte[] junk = {0, 1, 2, (byte) 0xff, 'h', 'i'};
        IncomingEmail email = reader.read(junk);
        assertNotNull(email.key());
        assertEquals(junk.length, email.size());
        assertArrayEquals(junk, email.source());
    }

    @Test
    void otherCharsetsAreDecodedAndAnUnknownOneIsSaid() {
        IncomingEmail latin = reader.read(eml("""
                From: jose@example.org
                Subject: =?ISO-8859-1?Q?Caf=E9_meeting?=
                Message-ID: <latin.1@example.org>
                Content-Type: text/plain; charset=iso-8859-1
                Content-Transfer-Encoding: quoted-printable

                Je suis fatigu=E9.
                """));
        assertEquals("Café meeting", latin.subject());
        assertTrue(latin.text().contains("fatigué"), latin.text());
        assertNull(latin.problem());

        IncomingEmail unknown = reader.read(eml("""
                From: x@example.org
                Subject: odd
                Message-ID: <odd.1@example.org>
                Content-Type: text/plain; charset=x-no-such-charset

                Hello there
                """));
        assertTrue(unknown.text().contains("Hello there"), unknown.text());
        assertTrue(unknown.problem().contains("x-no-such-charset"), unknown.problem());
    }

    @Test
    void anEmptySubjectIsNamedAsSuch() {
        IncomingEmail email = reader.read(eml("""
                From: x@example.org
                Subject:
                Message-ID: <empty.1@example.org>

                text
                """));
        assertEquals("(no subject)", email.subject());
    }

    @Test
    void theReceivingServersVerdictCountsAndOnlyIts() {
        IncomingEmail forged = reader.read(eml("""
                Authentication-Results: mx.helpline.test; dmarc=fail header.from=nhs.net; spf=pass; dkim=none
                Authentication-Results: evil.example; dmarc=pass
                From: "Your MS nurse" <nurse@nhs.net>
                Subject: urgent
                Message-ID: <forged.1@evil.example>

                Send your bank details.
                """));
        assertEquals(AuthVerdict.FAIL, forged.verdict());
        assertTrue(forged.verdictDetail().contains("dmarc=fail"), forged.verdictDetail());

        IncomingEmail selfCertified = reader.read(eml("""
                Authentication-Results: evil.example; dmarc=pass
                From: nurse@nhs.net
                Subject: urgent
                Message-ID: <forged.2@evil.example>

                text
                """));
        assertEquals(AuthVerdict.NONE, selfCertified.verdict(), "a header the sender wrote counts for nothing");
    }

    @Test
    void autoRepliesAreKnown() {
        assertTrue(reader.read(eml("""
                From: away@example.org
                Subject: Out of office
                Auto-Submitted: auto-replied
                Message-ID: <ooo.1@example.org>

                I am away.
                """)).autoSubmitted());
        assertTrue(reader.read(eml("""
                From: list@example.org
                Subject: news
                Precedence: bulk
                Message-ID: <bulk.1@example.org>

                News.
                """)).autoSubmitted());
    }

    @Test
    void attachmentsAreKeptUpToTheLimitAndListedBeyondIt() {
        String big = "A".repeat(2_000);
        IncomingEmail email = reader.read(eml("""
                From: x@example.org
                Subject: letters
                Message-ID: <att.1@example.org>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain

                See attached.
                --b1
                Content-Type: application/pdf; name="letter.pdf"
                Content-Disposition: attachment; filename="../letter.pdf"

                %PDF-small
                --b1
                Content-Type: text/plain; name="big.txt"
                Content-Disposition: attachment; filename="big.txt"

                """ + big + """

                --b1--
                """));
        assertEquals("See attached.", email.text().strip());
        assertEquals(2, email.attachments().size());
        IncomingEmail.Attachment letter = email.attachments().get(0);
        assertEquals(".._letter.pdf", letter.fileName(), "no path in a file name");
        assertEquals("application/pdf", letter.contentType());
        assertNotNull(letter.content());
        IncomingEmail.Attachment large = email.attachments().get(1);
        assertNull(large.content());
        assertNotNull(large.withheld());
    }
}
