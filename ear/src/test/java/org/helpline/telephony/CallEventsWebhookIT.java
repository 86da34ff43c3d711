package org.helpline.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.helpline.testing.PhoneEvents;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The webhook over HTTP, as a phone system calls it: no token, its signature instead. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallEventsWebhookIT {

    @Test
    void aSignedEventIsAcceptedOnceAndThenADuplicate() {
        String body = PhoneEvents.event(PhoneEvents.id("call"), "RINGING", "+447700900117", null);
        PhoneEvents.Answer first = PhoneEvents.post(body);
        assertEquals(202, first.status(), first.body());
        assertEquals("{\"status\":\"accepted\"}", first.body().replace(" ", ""));
        PhoneEvents.Answer again = PhoneEvents.post(body);
        assertEquals(202, again.status());
        assertEquals("{\"status\":\"duplicate\"}", again.body().replace(" ", ""));
    }

    @Test
    void aWrongOrMissingSignatureIs401AsAProblem() {
        String body = PhoneEvents.event(PhoneEvents.id("call"), "RINGING", "+447700900118", null);
        String timestamp = PhoneEvents.now();
        PhoneEvents.Answer tampered = PhoneEvents.post(PhoneEvents.SYSTEM, timestamp, PhoneEvents.sign(timestamp, body),
                body.replace("RINGING", "MISSED"));
        assertEquals(401, tampered.status());
        assertTrue(tampered.body().contains("unsigned-event"), tampered.body());
        assertEquals(401, PhoneEvents.post(PhoneEvents.SYSTEM, timestamp, null, body).status());
        assertEquals(401, PhoneEvents.post(null, timestamp, PhoneEvents.sign(timestamp, body), body).status());
        assertEquals(401, PhoneEvents.post(PhoneEvents.SYSTEM, null, PhoneEvents.sign(timestamp, body), body).status());
        String old = Long.toString(Instant.now().getEpochSecond() - 600);
        assertEquals(401, PhoneEvents.post(PhoneEvents.SYSTEM, old, PhoneEvents.sign(old, body), body).status(), "replayed");
    }

    @Test
    void aSignedBodyThatIsNoEventIs400NamingTheField() {
        String body = "{\"eventId\":\"" + PhoneEvents.id("ev") + "\",\"callId\":\"c\",\"type\":\"RINGING\",\"at\":\"soon\"}";
        PhoneEvents.Answer answer = PhoneEvents.post(body);
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"field\":\"at\""), answer.body());
    }

    @Test
    void anEventLongAgoOrFromTheFutureIsRefusedNamingItsTime() {
        String from = "+447700900119";
        for (Instant at : List.of(Instant.parse("2000-01-01T09:00:00Z"), Instant.now().plus(Duration.ofDays(1)),
                Instant.now().minus(Duration.ofHours(25)), Instant.now().plus(Duration.ofMinutes(6)))) {
            String body = PhoneEvents.json(PhoneEvents.id("ev"), PhoneEvents.id("call"), "MISSED", from,
                    PhoneEvents.INFO_LINE, at, null);
            PhoneEvents.Answer answer = PhoneEvents.post(body);
            assertEquals(400, answer.status(), at + ": " + answer.body());
            assertTrue(answer.body().contains("\"field\":\"at\""), answer.body());
            assertTrue(answer.body().contains("24 hours") && answer.body().contains("5 minutes"), answer.body());
        }
        for (Instant at : List.of(Instant.now().minus(Duration.ofHours(23)), Instant.now().plus(Duration.ofMinutes(4)))) {
            PhoneEvents.Answer answer = PhoneEvents.post(PhoneEvents.json(PhoneEvents.id("ev"), PhoneEvents.id("call"),
                    "MISSED", from, PhoneEvents.INFO_LINE, at, null));
            assertEquals(202, answer.status(), "inside the window: " + at + ": " + answer.body());
        }
    }

    @Test
    void aHugeBodyIsRefusedAtTheBodyWithoutBeingReadWhole() {
        String body = "{\"eventId\":\"" + PhoneEvents.id("ev") + "\",\"pad\":\"" + "x".repeat(200_000) + "\"}";
        PhoneEvents.Answer answer = PhoneEvents.post(body);
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"field\":\"body\""), answer.body());
    }

    @Test
    void thePhoneSimulatorSendsEventsTheWebhookAccepts() throws Exception {
        Path simulator = Path.of("..", "tools", "phone-simulator", "PhoneSimulator.java");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                simulator.toString(), "miss", "--from", "07700 900119", "--voicemail", "--ring", "0",
                "--url", "http://127.0.0.1:" + System.getProperty("helpline.http.port", "8180"))
                .redirectErrorStream(true).start();
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the simulator finished");
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.exitValue(), output);
        assertTrue(output.contains("RINGING") && output.contains("VOICEMAIL") && output.contains("202"), output);
    }

    @Test
    void theApiDescriptionDocumentsTheWebhookWithoutAToken() throws Exception {
        HttpResponse<String> openapi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("helpline.http.port", "8180") + "/openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        String doc = openapi.body();
        assertTrue(doc.contains("/telephony/events"), "the path");
        assertTrue(doc.contains("X-Helpline-Signature") && doc.contains("evt-000123"), "headers and example");
    }
}
