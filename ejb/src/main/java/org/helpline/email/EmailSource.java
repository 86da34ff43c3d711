package org.helpline.email;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An email's bytes as they were received, kept beside its message so that reading a thread does not load them. */
@Entity
@Table(name = "email_source")
public class EmailSource implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "message_id")
    private Long messageId;

    @Column(nullable = false)
    private byte[] content;

    protected EmailSource() {
    }

    EmailSource(long messageId, byte[] content) {
        this.messageId = messageId;
        this.content = content;
    }

    public Long getMessageId() {
        return messageId;
    }

    public byte[] getContent() {
        return content;
    }
}
