package org.helpline.email;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.helpline.calls.Contact;
import org.helpline.calls.Direction;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;
import org.helpline.security.UserAccount;

/**
 * One email in an enquiry, in or out, as it was read: who sent it, the text (and the HTML, sanitised when it was
 * read, never as sent), what the receiving server's sender checks said, and anything that could not be read
 * ({@link #getProblem()}). Its key is its Message-ID, unique across the mailbox.
 */
@Entity
@Table(name = "email_message")
public class EmailMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_message_seq")
    @SequenceGenerator(name = "email_message_seq", sequenceName = "email_message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "thread_id")
    private EmailThread thread;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @Column(name = "message_key", nullable = false, length = 998, updatable = false)
    private String messageKey;

    @Column(name = "in_reply_to", length = 998)
    private String inReplyTo;

    @Column(name = "reference_keys", length = 4000)
    private String referenceKeys;

    @Column(name = "from_address", nullable = false, length = 254)
    private String fromAddress;

    @Column(name = "from_name", length = 200)
    private String fromName;

    @Column(name = "to_addresses", length = 2000)
    private String toAddresses;

    @Column(nullable = false, length = EmailThread.SUBJECT_MAX)
    private String subject;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "auth_verdict", nullable = false, length = 10)
    private AuthVerdict authVerdict;

    @Column(name = "auth_detail", length = 500)
    private String authDetail;

    @Column(length = 500)
    private String problem;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted;

    /** Who sent a reply; null for an email that came in. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sent_by_id")
    private UserAccount sentBy;

    /** The contact an adviser logged this email as; null until then. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @OneToMany(mappedBy = "message")
    @OrderBy("position")
    private List<EmailAttachment> attachments = new ArrayList<>();

    protected EmailMessage() {
    }

    /** An email that came in, filed in {@code thread} at {@code at}. */
    static EmailMessage received(EmailThread thread, IncomingEmail email, Instant at, String threadingProblem) {
        EmailMessage message = new EmailMessage();
        message.thread = thread;
        message.direction = Direction.INBOUND;
        message.messageKey = email.key();
        message.inReplyTo = email.inReplyTo();
        message.referenceKeys = email.references().isEmpty() ? null : cut(String.join(" ", email.references()), 4000);
        message.fromAddress = email.fromAddress();
        message.fromName = email.fromName();
        message.toAddresses = email.to().isEmpty() ? null : cut(String.join(", ", email.to()), 2000);
        message.subject = email.subject();
        message.sentAt = email.sentAt();
        message.receivedAt = at;
        message.textBody = email.text();
        message.htmlBody = email.html();
        message.authVerdict = email.verdict();
        message.authDetail = email.verdictDetail();
        message.problem = threadingProblem == null ? email.problem()
                : cut(email.problem() == null ? threadingProblem : email.problem() + " " + threadingProblem, 500);
        message.sizeBytes = email.size();
        message.autoSubmitted = email.autoSubmitted();
        return message;
    }

    /** A reply sent from Helpline by {@code by}. */
    static EmailMessage sent(EmailThread thread, IncomingEmail email, UserAccount by, Instant at) {
        EmailMessage message = received(thread, email, at, null);
        message.direction = Direction.OUTBOUND;
        message.sentBy = by;
        return message;
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public EmailThread getThread() {
        return thread;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getReferenceKeys() {
        return referenceKeys;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getFromName() {
        return fromName;
    }

    public String getToAddresses() {
        return toAddresses;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public AuthVerdict getAuthVerdict() {
        return authVerdict;
    }

    public String getAuthDetail() {
        return authDetail;
    }

    public String getProblem() {
        return problem;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public boolean isAutoSubmitted() {
        return autoSubmitted;
    }

    /** Logged as {@code logged}; refused if it is logged as another contact already, or the direction differs. */
    void loggedAs(Contact logged) {
        if (contact != null && !contact.getId().equals(logged.getId())) {
            throw new InvalidInputException("emailId", UserText.of("email.loggedAlready",
                    HelplineTime.timeAndDay(contact.getStartedAt())));
        }
        if (logged.getDirection() != direction) {
            throw new InvalidInputException("direction", UserText.of("email.contactDirection", direction.label().toLowerCase()));
        }
        contact = logged;
    }

    public Contact getContact() {
        return contact;
    }

    public UserAccount getSentBy() {
        return sentBy;
    }

    public List<EmailAttachment> getAttachments() {
        return attachments;
    }
}
