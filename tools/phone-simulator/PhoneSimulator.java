import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A pretend phone system for trying Helpline's telephony without one: it sends the signed call events a
 * real phone system would to POST /helpline/api/v1/telephony/events. Needs only a JDK 17:
 *
 * <pre>
 * java PhoneSimulator.java ring --from 07700900123 --line "0808 800 8000" --agent adviser --talk 30
 * java PhoneSimulator.java miss --from 07700900456 [--voicemail | --abandoned]
 * java PhoneSimulator.java send --type ENDED --call call-123 --from 07700900123
 * </pre>
 *
 * Options: --url (default http://localhost:8080), --system (demo-pbx), --secret (the demo secret, or the
 * HELPLINE_PHONE_SECRET environment variable), --call (a new id), --ring seconds before the answer or miss
 * (2), --talk seconds before the end (20).
 */
public final class PhoneSimulator {

    private static final String DEMO_SECRET = "demo-phone-secret-change-me";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, String> options;

    private PhoneSimulator(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !args[0].matches("ring|miss|send")) {
            System.err.println("Usage: java PhoneSimulator.java ring|miss|send [--from NUMBER|withheld] [--line NUMBER] "
                    + "[--agent USERNAME|EXTENSION] [--talk SECONDS] [--ring SECONDS] [--voicemail|--abandoned] "
                    + "[--type TYPE] [--call ID] [--url URL] [--system CODE] [--secret SECRET]");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected an option, got " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        PhoneSimulator phone = new PhoneSimulator(options);
        String call = options.getOrDefault("call", "sim-" + UUID.randomUUID());
        switch (args[0]) {
            case "ring" -> phone.ring(call);
            case "miss" -> phone.miss(call);
            default -> {
                String type = options.get("type");
                if (type == null) {
                    System.err.println("Give --type: RINGING, ANSWERED, ENDED, MISSED, ABANDONED or VOICEMAIL");
                    System.exit(2);
                }
                phone.send(call, type.toUpperCase(java.util.Locale.ROOT));
            }
        }
    }

    private void ring(String call) throws Exception {
        send(call, "RINGING");
        pause("ring", 2);
        send(call, "ANSWERED");
        pause("talk", 20);
        send(call, "ENDED");
    }

    private void miss(String call) throws Exception {
        send(call, "RINGING");
        pause("ring", 2);
        send(call, options.containsKey("voicemail") ? "VOICEMAIL" : options.containsKey("abandoned") ? "ABANDONED" : "MISSED");
    }

    private void pause(String option, int defaultSeconds) throws InterruptedException {
        int seconds = Integer.parseInt(options.getOrDefault(option, Integer.toString(defaultSeconds)));
        System.out.println("  … " + seconds + " s");
        Thread.sleep(seconds * 1000L);
    }

    /** Sends one event of {@code type} for {@code call}, signed, and stops at anything but 202. */
    private void send(String call, String type) throws Exception {
        StringBuilder body = new StringBuilder("{");
        field(body, "eventId", "sim-ev-" + UUID.randomUUID());
        field(body, "callId", call);
        field(body, "type", type);
        field(body, "from", options.getOrDefault("from", "07700900123"));
        field(body, "line", options.getOrDefault("line", "0808 800 8000"));
        field(body, "at", Instant.now().toString());
        if ("ANSWERED".equals(type)) {
            field(body, "agent", options.getOrDefault("agent", "adviser"));
        }
        String json = body.append('}').toString();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String secret = options.getOrDefault("secret", System.getenv().getOrDefault("HELPLINE_PHONE_SECRET", DEMO_SECRET));
        String url = options.getOrDefault("url", "http://localhost:8080").replaceFirst("/+$", "")
                + "/helpline/api/v1/telephony/events";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Helpline-Phone-System", options.getOrDefault("system", "demo-pbx"))
                .header("X-Helpline-Timestamp", timestamp)
                .header("X-Helpline-Signature", "sha256=" + hmac(secret, timestamp + "." + json))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException unreachable) {
            System.err.println("Cannot reach Helpline at " + url + ": " + unreachable);
            System.exit(1);
            return;
        }
        System.out.println(type + " " + call + " → " + response.statusCode() + " " + response.body());
        if (response.statusCode() != 202) {
            System.exit(1);
        }
    }

    private static void field(StringBuilder json, String name, String value) {
        if (json.length() > 1) {
            json.append(',');
        }
        json.append('"').append(name).append("\":\"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }

    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
