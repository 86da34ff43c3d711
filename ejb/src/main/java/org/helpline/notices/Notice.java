package org.helpline.notices;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.helpline.security.UserAccount;
import org.helpline.shared.RecordKind;
import org.helpline.shared.RecordLink;

/** A short message for one member of staff, with a link to what it is about. Never carries health details. */
@Entity
@Table(name = "notice")
public class Notice implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** What the notice opens ({@link RecordLink}): its kind, null when it opens nothing. */
    @Enumerated(EnumType.STRING)
    @Column(name = "link_kind", length = 30)
    private RecordKind linkKind;

    @Column(name = "link_id")
    private Long linkId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    Notice(UserAccount recipient, String text, RecordLink link, Instant now) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.text = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX - 1) + "…" : text;
        this.linkKind = link == null ? null : link.kind();
        this.linkId = link == null ? null : link.id();
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

    /** What the notice is about, to open; null when there is nothing to open. */
    public RecordLink getLink() {
        return linkKind == null ? null : new RecordLink(linkKind, linkId);
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
