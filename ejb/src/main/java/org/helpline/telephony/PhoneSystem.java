package org.helpline.telephony;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.helpline.security.SecretCipher;

/**
 * A phone system allowed to tell Helpline about calls, known by its code. It signs every event with the
 * shared secret, which is kept encrypted ({@link SecretCipher}) and opened only to check a signature; an
 * inactive system is refused like an unknown one.
 */
@Entity
@Table(name = "phone_system")
public class PhoneSystem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phone_system_seq")
    @SequenceGenerator(name = "phone_system_seq", sequenceName = "phone_system_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 60, unique = true, updatable = false)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "shared_secret", nullable = false, length = 400)
    private String sharedSecret;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PhoneSystem() {
    }

    /** A phone system with the shared secret {@code sharedSecret}, which {@code cipher} encrypts to keep. */
    public PhoneSystem(String code, String name, String sharedSecret, SecretCipher cipher, Instant createdAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.sharedSecret = checked(sharedSecret, cipher);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether {@code signature} is this system's signature of {@code timestamp} and {@code body}. */
    boolean signed(String timestamp, String body, String signature, SecretCipher cipher) {
        return Signatures.matches(cipher.open(sharedSecret, SecretCipher.PHONE_SYSTEM), timestamp, body, signature);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** A new secret, for a suspected leak or a routine change; events signed with the old one are refused. */
    void rotate(String newSecret, SecretCipher cipher) {
        sharedSecret = checked(newSecret, cipher);
    }

    private static String checked(String secret, SecretCipher cipher) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("A phone system's secret needs at least 16 characters");
        }
        return cipher.seal(secret, SecretCipher.PHONE_SYSTEM);
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
