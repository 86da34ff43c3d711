package org.helpline.testing;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Two Helpline cluster nodes and the balancer in front of them, on this machine: the WildFly this build
 * configured, started three times with its cluster-node and balancer configurations (the same commands
 * the README gives for real servers), each with its own directory under {@code target/cluster}, on a
 * PostgreSQL database of their own. A node can be killed as a power cut would (SIGKILL) and started again.
 */
public final class ClusterNodes implements AutoCloseable {

    /** Port offsets: clear of the run command (0), the tests' own server (100) and the benchmarks (300, 400). */
    private static final int FIRST_OFFSET = 600;
    private static final int BALANCER_OFFSET = 620;

    private final Path home = Path.of(System.getProperty("helpline.server.home"));
    private final Path work = Path.of(System.getProperty("helpline.cluster.dir"));
    private final Path ear = Path.of(System.getProperty("helpline.ear"));
    private final String databaseUrl;
    private final Map<String, Process> running = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Nodes on a fresh database {@code <the tests' database>_cluster}; PostgreSQL only (H2 is one process's). */
    public ClusterNodes() {
        String url = System.getenv("HELPLINE_DB_URL");
        if (!"postgresql".equals(System.getenv("HELPLINE_DB_DRIVER")) || url == null) {
            Assumptions.abort("The cluster test needs PostgreSQL, shared by the nodes: set HELPLINE_DB_DRIVER=postgresql"
                    + " and HELPLINE_DB_URL, as .ci/run does");
        }
        databaseUrl = url.replaceFirst("/([^/?]+)(\\?.*)?$", "/$1_cluster");
        String database = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(url.replaceFirst("/[^/?]+(\\?.*)?$", "/postgres"), user(), password());
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the cluster's database " + database, e);
        }
    }

    public static String node(int n) {
        return "node" + n;
    }

    public int httpPort(String node) {
        return 8080 + offset(node);
    }

    public int balancerPort() {
        return 8080 + BALANCER_OFFSET;
    }

    /** Starts the named nodes at the same moment (as after a power cut), and waits until each is ready. */
    public ClusterNodes start(String... nodes) {
        for (String node : nodes) {
            Path base = fresh(node);
            copy(ear, base.resolve("deployments").resolve(ear.getFileName()));
            running.put(node, launch(node, base, List.of(
                    "-c", "standalone-helpline-ha.xml",
                    "-Djboss.node.name=" + node,
                    "-Djboss.socket.binding.port-offset=" + offset(node),
                    "-Dhelpline.demo=true",
                    "-Dhelpline.cluster.members=" + members())));
        }
        for (String node : nodes) {
            awaitReady(node, 9990 + offset(node), "/health/ready");
        }
        return this;
    }

    /** Starts the balancer in front of both nodes, and waits until it answers. */
    public ClusterNodes startBalancer() {
        Path base = fresh("balancer");
        running.put("balancer", launch("balancer", base, List.of(
                "-c", "standalone-helpline-lb.xml",
                "-Djboss.socket.binding.port-offset=" + BALANCER_OFFSET,
                "-Dhelpline.node1.port=" + httpPort(node(1)),
                "-Dhelpline.node2.port=" + httpPort(node(2)))));
        awaitReady("balancer", balancerPort(), "/helpline/login.xhtml");
        return this;
    }

    /** Kills the node's JVM outright (SIGKILL): no shutdown, no goodbye to the cluster. */
    public void kill(String node) {
        Process script = running.remove(node);
        script.descendants().forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
        try {
            script.onExit().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JDBC connection to the nodes' database, for checking what they stored. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(databaseUrl, user(), password());
    }

    /** The node's server log, to look for what it said. */
    public Path log(String node) {
        return work.resolve(node).resolve("log/server.log");
    }

    @Override
    public void close() {
        new ArrayList<>(running.keySet()).forEach(this::kill);
    }

    private static int offset(String node) {
        return FIRST_OFFSET + 10 * (Integer.parseInt(node.substring(4)) - 1);
    }

    private static String members() {
        return "127.0.0.1[" + (7600 + offset(node(1))) + "],127.0.0.1[" + (7600 + offset(node(2))) + "]";
    }

    private Process launch(String name, Path base, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true");
        builder.environment().put("HELPLINE_DB_URL", databaseUrl);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    private void awaitReady(String name, int port, String path) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(4));
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(giveUp)) {
            if (running.containsKey(name) && !running.get(name).isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + work.resolve(name));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException(name + " was not ready within four minutes; see " + work.resolve(name));
    }

    /** A fresh copy of the server's standalone directory for one node: its own configuration, data and logs. */
    private Path fresh(String name) {
        Path base = work.resolve(name);
        try {
            if (Files.exists(base)) {
                try (Stream<Path> old = Files.walk(base)) {
                    old.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
            Path configuration = home.resolve("standalone/configuration");
            Files.createDirectories(base.resolve("deployments"));
            Files.createDirectories(base.resolve("configuration"));
            try (Stream<Path> files = Files.list(configuration)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    copy(file, base.resolve("configuration").resolve(file.getFileName()));
                }
            }
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static String user() {
        return System.getenv().getOrDefault("HELPLINE_DB_USER", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("HELPLINE_DB_PASSWORD", "");
    }
}
