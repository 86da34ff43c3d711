package org.helpline.email;

import java.io.Serializable;

import jakarta.persistence.Basic;
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

/**
 * A file that came with an email. Its bytes are kept up to the size limit; a larger file is listed but
 * {@linkplain #getWithheld() withheld} (it stays in the message's source, which is kept).
 */
@Entity
@Table(name = "email_attachment")
public class EmailAttachment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_attachment_seq")
    @SequenceGenerator(name = "email_attachment_seq", sequenceName = "email_attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id")
    private EmailMessage message;

    @Column(nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 255)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(length = 200)
    private String withheld;

    protected EmailAttachment() {
    }

    static EmailAttachment of(EmailMessage message, int position, IncomingEmail.Attachment file) {
        EmailAttachment attachment = new EmailAttachment();
        attachment.message = message;
        attachment.position = position;
        attachment.fileName = file.fileName();
        attachment.contentType = file.contentType();
        attachment.sizeBytes = file.size();
        attachment.content = file.content();
        attachment.withheld = file.withheld();
        return attachment;
    }

    public Long getId() {
        return id;
    }

    public EmailMessage getMessage() {
        return message;
    }

    public int getPosition() {
        return position;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public String getWithheld() {
        return withheld;
    }
}
