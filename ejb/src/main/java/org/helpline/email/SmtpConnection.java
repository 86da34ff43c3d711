package org.helpline.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

/**
 * One connection to the mail server kept open while a run of the mailbox sends many emails (the acknowledgements
 * of a full inbox): opening one, with its greeting, EHLO, TLS and sign-in, costs more than the email it carries
 * (BENCHMARKS.md). Opened at the first email; a connection the server has dropped meanwhile (an idle timeout, a
 * limit of emails per connection) is opened again once; an address the server refuses is not tried again.
 * Closed at the end of the run. One thread's: a run sends one email at a time.
 */
public final class SmtpConnection implements AutoCloseable {

    private final Session session;
    private Transport transport;

    SmtpConnection(Session session) {
        this.session = session;
    }

    void send(OutgoingEmail email) throws MessagingException {
        try {
            transport().sendMessage(email.message, email.message.getAllRecipients());
        } catch (SendFailedException refused) {
            throw refused; // the server answered: it will not take this email, on any connection
        } catch (MessagingException | IllegalStateException dropped) {
            close();
            transport().sendMessage(email.message, email.message.getAllRecipients());
        }
    }

    private Transport transport() throws MessagingException {
        if (transport == null) {
            Transport opened = session.getTransport("smtp");
            opened.connect();
            transport = opened;
        }
        return transport;
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
