package org.helpline.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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
import jakarta.persistence.Version;

/**
 * A bearer token an integration (a CRM, the phone system's reporting, a script) uses to call the REST API
 * as one staff account, with only some of that account's roles. The secret is shown once when the token is
 * issued; only its hash is kept.
 */
@Entity
@Table(name = "api_token")
public class ApiToken implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every secret starts so, which lets secret scanners recognise a leaked one. */
    static final String SECRET_START = "hlp_";
    static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_account_id")
    private UserAccount account;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "secret_prefix", nullable = false, length = 12)
    private String secretPrefix;

    /** Role names, comma-separated. */
    @Column(nullable = false, length = 200)
    private String roles;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    protected ApiToken() {
    }

    ApiToken(UserAccount account, String name, String secret, Set<Role> roles, Instant now, String by, Instant expiresAt) {
        this.account = account;
        this.name = name;
        this.secretHash = Secrets.sha256Hex(secret);
        this.secretPrefix = secret.substring(0, 12);
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.createdAt = now;
        this.createdBy = by;
        this.expiresAt = expiresAt;
    }

    /** A new secret for a token: shown to the admin once, never stored. */
    static String newSecret() {
        return SECRET_START + Secrets.newToken();
    }

    /** Whether the token may sign a request in now: not revoked, not expired, its account enabled. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    /**
     * The roles a request made with this token has: those it was issued with that the account still holds,
     * so taking a role from the account takes it from its tokens too.
     */
    public Set<Role> effectiveRoles() {
        Set<Role> granted = getRoles();
        granted.retainAll(account.getRoles());
        return granted;
    }

    /** Whether a use now is worth noting: at most once a minute, so that a busy integration does not write on every request. */
    boolean useWorthNotingAt(Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minus(USE_NOTED_EVERY));
    }

    void revoke(Instant now, String by) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getSecretPrefix() {
        return secretPrefix;
    }

    public Set<Role> getRoles() {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(granted::add);
        return granted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
