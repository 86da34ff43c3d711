package org.helpline.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

/**
 * One connection to the mail server kept open while a run of the mailbox sends many emails (the acknowledgements
 * of a full inbox): opening one, with its greeting, EHLO, TLS and sign-in, costs more than the email it carries
 * (BENCHMARKS.md). Opened at the first email, and afresh after {@value #EMAILS_PER_CONNECTION} emails (servers
 * limit how many a connection may carry). A failure closes it and is the caller's, not retried: after the email's
 * text has gone the server may have taken it whatever it answers, and the same email twice is worse than none
 * (the next email opens a new connection). Closed at the end of the run. One thread's: a run sends one at a time.
 */
public final class SmtpConnection implements AutoCloseable {

    static final int EMAILS_PER_CONNECTION = 100;

    private final Session session;
    private Transport transport;
    private int sent;

    SmtpConnection(Session session) {
        this.session = session;
    }

    void send(OutgoingEmail email) throws MessagingException {
        if (sent == EMAILS_PER_CONNECTION) {
            close();
        }
        try {
            if (transport == null) {
                Transport opened = session.getTransport("smtp");
                opened.connect();
                transport = opened;
                sent = 0;
            }
            transport.sendMessage(email.message, email.message.getAllRecipients());
            sent++;
        } catch (MessagingException failed) {
            close();
            throw failed;
        } catch (IllegalStateException dropped) {
            close(); // the transport knew the server had closed it
            throw new MessagingException("the mail server closed the connection", dropped);
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException alreadyGone) {
                // the server closed it first
            }
            transport = null;
        }
    }
}
