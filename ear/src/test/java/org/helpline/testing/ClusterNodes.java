package org.helpline.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two Helpline cluster nodes and the balancer in front of them, on this machine: the WildFly this build
 * configured, started three times with its cluster-node and balancer configurations (the same commands
 * the README gives for real servers), on a PostgreSQL database of their own. A node can be killed as a
 * power cut would (SIGKILL).
 */
public final class ClusterNodes implements AutoCloseable {

    private static final int FIRST_OFFSET = 600;
    private static final int BALANCER_OFFSET = 620;

    private final ScratchDatabase database = new ScratchDatabase("cluster").recreate();
    private final Map<String, ServerProcess> running = new LinkedHashMap<>();

    public static String node(int n) {
        return "node" + n;
    }

    public int httpPort(String node) {
        return 8080 + offset(node);
    }

    public int balancerPort() {
        return 8080 + BALANCER_OFFSET;
    }

    /**
     * Starts the named nodes at the same moment (as after a power cut), and the balancer in front of them
     * beside them (it answers once they do), and waits until each is ready.
     */
    public ClusterNodes start(String... nodes) {
        for (String node : nodes) {
            running.put(node, new ServerProcess(node, "standalone-helpline-ha.xml", offset(node))
                    .environment("HELPLINE_DB_URL", database.url())
                    .property("jboss.node.name", node)
                    .property("helpline.demo", "true")
                    .property("helpline.cluster.members", members()));
        }
        running.put("balancer", new ServerProcess("balancer", "standalone-helpline-lb.xml", BALANCER_OFFSET)
                .withoutApplication()
                .readyWhenServing("/helpline/login.xhtml")
                .property("helpline.node1.port", Integer.toString(httpPort(node(1))))
                .property("helpline.node2.port", Integer.toString(httpPort(node(2)))));
        List<Thread> starting = new ArrayList<>();
        running.forEach((name, server) -> {
            Thread thread = new Thread(server::start, "start " + name);
            thread.start();
            starting.add(thread);
        });
        starting.forEach(ClusterNodes::join);
        running.forEach((name, server) -> {
            if (!server.isRunning()) {
                throw new IllegalStateException(name + " did not start; see " + server.directory());
            }
        });
        return this;
    }

    /** Kills the node's JVM outright (SIGKILL): no shutdown, no goodbye to the cluster. */
    public void kill(String node) {
        running.remove(node).kill();
    }

    /** A JDBC connection to the nodes' database, for checking what they stored. */
    public Connection database() throws SQLException {
        return database.connect();
    }

    /** The node's server log, to look for what it said. */
    public Path log(String node) {
        return running.get(node).log();
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

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void sleep(Duration duration) {
        ServerProcess.sleep(duration);
    }
}
