import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Starts the demo's mail server (GreenMail, on the classpath) unless one is up already on its SMTP port: the run
 * command's build runs twice (wildfly:run builds the package again in a forked lifecycle), and the second start
 * would only find the ports taken. Run by ear/pom.xml's run profile as {@code java -cp greenmail.jar
 * DemoMailServer.java}, with GreenMail's settings as system properties.
 */
public final class DemoMailServer {

    private DemoMailServer() {
    }

    public static void main(String[] args) throws Exception {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("127.0.0.1", 3025));
        } catch (IOException inUse) {
            System.out.println("The demo mail server is up already (port 3025 is taken)");
            return;
        }
        com.icegreen.greenmail.standalone.GreenMailStandaloneRunner.main(args);
    }
}
