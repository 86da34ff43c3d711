package org.helpline.shared.cluster;

/** The name this server goes by in the cluster: WildFly's node name, which a cluster node is started with. */
public final class ServerName {

    private ServerName() {
    }

    public static String current() {
        return System.getProperty("jboss.node.name", "helpline");
    }
}
