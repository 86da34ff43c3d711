package org.helpline.notices;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.helpline.security.UserAccount;

/** A short message for one member of staff, with a link to what it is about. Never carries health details. */
@Entity
@Table(name = "notice")
public class Notice {

    static final int TEXT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private UserAccount recipient;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    /** A page path inside the application, e.g. {@code /cases/view.xhtml?id=12}. */
    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    Notice(UserAccount recipient, String text, String link, Instant now) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.text = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX - 1) + "…" : text;
        this.link = link;
        this.createdAt = now;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    String getRecipientUsername() {
        return recipient.getUsername();
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
