package org.helpline.view.calls;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.email.EmailQueue;
import org.helpline.email.EmailQueue.ForContact;
import org.helpline.safeguarding.RiskKind;
import org.helpline.shared.HelplineException;
import org.helpline.shared.NotFoundException;
import org.helpline.view.Messages;

/**
 * The email the contact form is for ({@code ?email=}, from an email enquiry): the contact is by email, in or out as
 * the email went, started when it arrived (or was sent), with the email's text as the summary to work from and the
 * sender's address looked up among the callers. The timer counts the adviser's time from opening the form.
 */
@Named
@ViewScoped
public class LogEmail implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A summary holds at most this much of the email's text; the email itself is kept whole with the contact. */
    static final int SUMMARY_FROM_EMAIL = 9_000;

    @Inject
    EmailQueue emails;

    @Inject
    LogBacking page;

    @Inject
    LogCaller caller;

    private Long emailId;
    private String risk;
    private ForContact email;

    public void prefillFromEmail() {
        email = null;
        if (emailId == null) {
            return;
        }
        try {
            email = emails.forContact(emailId);
        } catch (HelplineException refusal) {
            if (refusal instanceof NotFoundException) {
                page.addressNamesNothing();
            }
            Messages.show(LogBacking.faces(), "log", refusal);
            return;
        }
        var contact = page.getForm().getContact();
        contact.setEmailId(email.messageId());
        contact.setChannel("email");
        contact.setDirection(email.direction());
        contact.setStartedAt(email.at());
        if (contact.getSummary() == null || contact.getSummary().isBlank()) {
            String text = email.text() == null ? "" : email.text().strip();
            contact.setSummary("Email: " + email.subject() + "\n\n"
                    + (text.length() > SUMMARY_FROM_EMAIL ? text.substring(0, SUMMARY_FROM_EMAIL) + "…" : text));
        }
        // Opened to confirm a risk the email's words suggested: those risks ticked, for the adviser to check.
        if (risk != null) {
            for (String name : risk.split(",")) {
                try {
                    page.getForm().getRisk().getRisks().add(RiskKind.valueOf(name.strip()));
                } catch (IllegalArgumentException notAKind) {
                    // an address typed by hand: only real kinds are ticked
                }
            }
        }
        if (!email.fromAddress().isEmpty() && email.direction() == org.helpline.calls.Direction.INBOUND) {
            page.getForm().getCaller().setEmail(email.fromAddress());
            if (email.fromName() != null && page.getForm().getCaller().getFullName() == null) {
                page.getForm().getCaller().setFullName(email.fromName());
            }
            caller.findByEmail();
        }
    }

    public Long getEmailId() {
        return emailId;
    }

    public void setEmailId(Long emailId) {
        this.emailId = emailId;
    }

    public String getRisk() {
        return risk;
    }

    public void setRisk(String risk) {
        this.risk = risk;
    }

    public ForContact getEmail() {
        return email;
    }
}
