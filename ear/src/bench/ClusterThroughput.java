import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cluster benchmark's load (cluster-benchmark.sh runs it): a read-heavy mix of API requests from a
 * fixed number of clients, each sending its next request as soon as the last is answered (a closed
 * model, so the figure is how much the servers can take), for a fixed time after a warm-up. Prints one
 * line: requests a second, p50 / p95 / p99 in ms, errors, and the share of each kind of request.
 *
 * <p>The mix: 4 in 10 look-ups by phone, 2 by name, 1.5 contact searches, 1.5 lists of the adviser's
 * follow-ups, 1 contact saved.
 */
public final class ClusterThroughput {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String base = options.get("url");
        String token = options.get("token");
        Path data = Path.of(options.get("data"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "10"));
        String label = options.getOrDefault("label", "");
        List<String> phones = Files.readAllLines(data.resolve("phones.txt"));
        List<String> names = Files.readAllLines(data.resolve("names.txt"));
        List<String> words = Files.readAllLines(data.resolve("words.txt"));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant measureFrom = Instant.now().plusSeconds(warmUp);
        Instant until = measureFrom.plusSeconds(seconds);
        List<long[]> timings = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicLong> kinds = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                long[] mine = new long[200_000];
                int n = 0;
                while (Instant.now().isBefore(until)) {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    int pick = r.nextInt(100);
                    String kind;
                    HttpRequest.Builder request;
                    if (pick < 40) {
                        kind = "phone look-up";
                        request = get(base + "/callers?q=" + encode(phones.get(r.nextInt(phones.size()))));
                    } else if (pick < 60) {
                        kind = "name look-up";
                        request = get(base + "/callers?q=" + encode(names.get(r.nextInt(names.size()))));
                    } else if (pick < 75) {
                        kind = "search";
                        request = get(base + "/contacts?q=" + encode(words.get(r.nextInt(words.size()))) + "&size=20");
                    } else if (pick < 90) {
                        kind = "follow-ups";
                        request = get(base + "/follow-ups");
                    } else {
                        kind = "save";
                        request = HttpRequest.newBuilder(URI.create(base + "/contacts"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(contact()));
                    }
                    request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
                    long started = System.nanoTime();
                    boolean ok;
                    try {
                        int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        ok = status < 400;
                    } catch (IOException e) {
                        ok = false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long took = System.nanoTime() - started;
                    if (Instant.now().isAfter(measureFrom)) {
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                        if (n < mine.length) {
                            mine[n++] = took;
                        }
                        kinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                    }
                }
                timings.add(Arrays.copyOf(mine, n));
            });
        }
        pool.shutdown();
        pool.awaitTermination(warmUp + seconds + 120L, TimeUnit.SECONDS);
        long[] all = timings.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (all.length == 0) {
            System.out.println(label + " no requests answered");
            System.exit(1);
        }
        System.out.printf("%s %d clients, %d s: %.0f requests/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d errors of %d; mix %s%n",
                label, clients, seconds, all.length / (double) seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
                errors.get(), all.length, new java.util.TreeMap<>(kinds));
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String contact() {
        return "{\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"startedAt\":\""
                + Instant.now().minus(6, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                + "\",\"durationMinutes\":5,\"callerType\":\"person-with-ms\",\"topics\":[\"diagnosis\"],"
                + "\"summary\":\"Asked what an MRI scan involves. Talked it through and sent the factsheet.\","
                + "\"outcome\":\"information-given\"}";
    }
}
