package org.helpline.testing;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

/**
 * One WildFly of this build's, started as an operator would start it ({@code bin/standalone.sh -c ...}) in a
 * directory of its own under {@code target/servers}, with Helpline deployed: for tests that must do to a
 * server what no Arquillian container does (kill it, start it again on the same data, start it on a
 * restored or upgraded database), and for the cluster's nodes and balancer.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration STARTING = Duration.ofMinutes(4);

    /**
     * The escalation's cadence on every server started here (helpline.escalation.every-seconds), instead of
     * production's 30 s: tests that wait for its runs wait seconds. A divisor of 60, as the setting must be.
     */
    public static final int ESCALATION_EVERY_SECONDS = 3;

    /**
     * The key every server started here encrypts its stored secrets with (HELPLINE_SECRETS_KEY), since a
     * production server does not start without one: one for the whole test run, so that a server started
     * again, a restored database and the nodes of a cluster all find the key their secrets are under.
     */
    public static final String SECRETS_KEY = newSecretsKey();

    private final String name;
    private final String configuration;
    private final int portOffset;
    private final Path home = Path.of(System.getProperty("helpline.server.home"));
    private final Path base;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> properties = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String readyPath = "/health/ready";
    private boolean onManagementPort = true;
    private boolean deploy = true;
    private Process script;

    /**
     * A server called {@code name} with the given configuration ({@code standalone-helpline.xml}, or a
     * cluster node's or the balancer's) and port offset, clear of the run command (0), the tests' own server
     * (100), the benchmarks (300, 400), the cluster (600-620), the upgrade and restore drill (720), release
     * snapshots (740) and the production set-up (760).
     */
    public ServerProcess(String name, String configuration, int portOffset) {
        this.name = name;
        this.configuration = configuration;
        this.portOffset = portOffset;
        this.base = Path.of(System.getProperty("helpline.servers.dir")).resolve(name);
        environment.put("HELPLINE_SECRETS_KEY", SECRETS_KEY);
        property("helpline.escalation.every-seconds", Integer.toString(ESCALATION_EVERY_SECONDS));
    }

    private static String newSecretsKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** A single Helpline server on the given PostgreSQL database, as production runs it (no demo data unless asked). */
    public static ServerProcess single(String name, int portOffset, ScratchDatabase database) {
        return new ServerProcess(name, "standalone-helpline.xml", portOffset)
                .environment("HELPLINE_DB_DRIVER", "postgresql")
                .environment("HELPLINE_DB_URL", database.url())
                .environment("HELPLINE_DB_USER", ScratchDatabase.user())
                .environment("HELPLINE_DB_PASSWORD", ScratchDatabase.password().isEmpty()
                        ? "unused-with-trust-auth" : ScratchDatabase.password());
    }

    public ServerProcess environment(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /** A {@code -Dname=value} on the command line. */
    public ServerProcess property(String name, String value) {
        properties.add("-D" + name + "=" + value);
        return this;
    }

    /** Ready when this page of the public port answers 200, not the management port's readiness (a balancer). */
    public ServerProcess readyWhenServing(String path) {
        readyPath = path;
        onManagementPort = false;
        return this;
    }

    /** Start without Helpline deployed (the balancer). */
    public ServerProcess withoutApplication() {
        deploy = false;
        return this;
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    public int httpsPort() {
        return 8443 + portOffset;
    }

    public int managementPort() {
        return 9990 + portOffset;
    }

    public Path log() {
        return base.resolve("log/server.log");
    }

    public Path directory() {
        return base;
    }

    /** Starts it on a fresh copy of the server's configuration, with nothing left of an earlier run. */
    public ServerProcess start() {
        fresh();
        return startAgain();
    }

    /** Starts it again on what its last run left (its data, logs, deployments), as after a power cut. */
    public ServerProcess startAgain() {
        if (isRunning()) {
            throw new IllegalStateException(name + " is running already");
        }
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", configuration,
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true");
        builder.environment().putAll(environment);
        try {
            script = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
        awaitReady();
        return this;
    }

    public boolean isRunning() {
        return script != null && script.isAlive();
    }

    /** Kills the JVM outright (SIGKILL), as a power cut or the kernel's OOM killer would: no shutdown at all. */
    public void kill() {
        if (script == null) {
            return;
        }
        script.descendants().forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /**
     * Asks the JVM to stop (SIGTERM, as {@code systemctl stop} does) and waits for it to go; returns how long
     * it took. WildFly suspends first, finishing the requests it has begun.
     */
    public Duration stop(Duration patience) {
        Instant asked = Instant.now();
        script.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).forEach(ProcessHandle::destroy);
        awaitExit(patience);
        return Duration.between(asked, Instant.now());
    }

    @Override
    public void close() {
        kill();
    }

    private void awaitExit(Duration patience) {
        try {
            script.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " did not stop within " + patience, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        int port = onManagementPort ? managementPort() : httpPort();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + readyPath))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            await(name + " ready").atMost(STARTING).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!script.isAlive()) {
                    throw new IllegalStateException(name + " stopped while starting; see " + base.resolve("console.log"));
                }
                try {
                    return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notYet) {
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " was not ready within " + STARTING + "; see " + base, e);
        }
    }

    /** A fresh copy of the server's standalone directory: its own configuration, data and logs. */
    private void fresh() {
        try {
            if (Files.exists(base)) {
                try (Stream<Path> old = Files.walk(base)) {
                    old.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
            Path configurations = home.resolve("standalone/configuration");
            Files.createDirectories(base.resolve("deployments"));
            Files.createDirectories(base.resolve("configuration"));
            try (Stream<Path> files = Files.list(configurations)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path to = base.resolve("configuration").resolve(file.getFileName());
                    if (file.getFileName().toString().endsWith(".xml")) {
                        Files.writeString(to, withoutDeployments(Files.readString(file)));
                    } else {
                        copy(file, to);
                    }
                }
            }
            if (deploy) {
                Path ear = Path.of(System.getProperty("helpline.ear"));
                copy(ear, base.resolve("deployments").resolve(ear.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A server configuration without its deployments: the test run's own server has the EAR deployed while these
     * servers start (Arquillian records that in the configuration they copy), and each of them deploys its own copy.
     */
    static String withoutDeployments(String configuration) {
        return configuration.replaceAll("(?s)\\s*<deployments>.*?</deployments>", "");
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
