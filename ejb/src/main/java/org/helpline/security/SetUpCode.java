package org.helpline.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/** A one-time code for setting up the first admin (see {@link FirstAdmin}); only its hash is kept. */
@Entity
@Table(name = "setup_code")
public class SetUpCode {

    @Id
    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_for", length = 60)
    private String usedFor;

    protected SetUpCode() {
    }

    /** Spends the code on the account {@code username}: refused if it was spent before or has expired. */
    void use(String username, Instant now) {
        if (usedAt != null) {
            throw new InvalidInputException("code", UserText.of("firstAdmin.code.used"));
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidInputException("code", UserText.of("firstAdmin.code.expired"));
        }
        usedAt = now;
        usedFor = username;
    }
}
