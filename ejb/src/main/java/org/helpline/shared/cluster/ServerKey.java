package org.helpline.shared.cluster;

import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A secret key all servers share, by name; made once, never changed. */
@Entity
@Table(name = "server_key")
public class ServerKey {

    @Id
    @Column(length = 60)
    private String name;

    @Column(nullable = false, length = 100, updatable = false)
    private String secret;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ServerKey() {
    }

    byte[] bytes() {
        return Base64.getDecoder().decode(secret);
    }
}
