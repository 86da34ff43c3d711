package org.helpline.testing.suite;

import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' mail server: GreenMail, a real SMTP and IMAP server, started before the first Arquillian test and
 * stopped after the last, on the run command's ports plus the tests' offset (SMTP 3125, IMAP 3243). It holds the
 * helpline's mailbox, which the server under test reads (arquillian.xml points its mail session here), and every
 * sender's, created as mail arrives for them (sign-in: the address, twice). Tests talk to it as mail clients do
 * ({@link org.helpline.testing.TestMail}), from inside the server.
 */
public final class MailServer implements LoadableExtension {

    public static final int SMTP_PORT = 3125;
    public static final int IMAP_PORT = 3243;
    public static final String HELPLINE = "helpline@helpline.test";
    public static final String HELPLINE_PASSWORD = "demo-mailbox";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    /** Starts and stops the server with the suite. */
    public static final class Lifecycle {

        private GreenMail greenMail;

        public void start(@Observes BeforeSuite event) {
            greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            greenMail.setUser(HELPLINE, HELPLINE, HELPLINE_PASSWORD);
            greenMail.start();
        }

        public void stop(@Observes AfterSuite event) {
            if (greenMail != null) {
                greenMail.stop();
            }
        }
    }
}
