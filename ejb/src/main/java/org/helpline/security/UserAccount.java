package org.helpline.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/** A member of staff who signs in to Helpline. The password is only ever held as a hash. */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "user_account")
@NaturalIdCache
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    /** Each request's signed-in account is found by it, through the natural-id cache ({@link UserAccounts}). */
    @NaturalId
    @Column(nullable = false, length = 60, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", length = 30, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** Wrong passwords in a row since the last sign-in or lock. */
    @NotAudited
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    /**
     * The authenticator app's shared secret, once set up; never shown again after that. Kept encrypted
     * ({@link SecretCipher}), and opened only to check a code.
     */
    @NotAudited
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    /** A secret shown for setting up, until a code made from it proves the app has it; encrypted too. */
    @NotAudited
    @Column(name = "totp_pending_secret", length = 200)
    private String totpPendingSecret;

    /** The last 30-second step a code was accepted for: that code, and older ones, work no more. */
    @NotAudited
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "second_factor_since")
    private Instant secondFactorSince;

    /** The hash of the token the password page hands to the code page, and until when it holds. */
    @NotAudited
    @Column(name = "sign_in_challenge", length = 64)
    private String signInChallenge;

    @NotAudited
    @Column(name = "sign_in_challenge_until")
    private Instant signInChallengeUntil;

    /** The phone system's name for this person's handset, if it names them so (see org.helpline.telephony). */
    @Column(length = 20, unique = true)
    private String extension;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles,
            Instant createdAt) {
        this.username = UsernamePolicy.normalise(username);
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void signedIn(Instant at) {
        this.lastSignInAt = at;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /** Whether too many wrong passwords have locked the account at {@code now}. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password. The {@code limit}-th in a row locks the account for {@code lockFor} and
     * starts the count again; answers whether this one locked it. A lock that has run out counts from zero.
     */
    public boolean failedSignIn(Instant now, int limit, java.time.Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedSignIns = 0;
        }
        failedSignIns++;
        if (failedSignIns >= limit) {
            lockedUntil = now.plus(lockFor);
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    /** Whether signing in takes a code from an authenticator app as well as the password. */
    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public Instant getSecondFactorSince() {
        return secondFactorSince;
    }

    /**
     * The secret to show for setting up a second factor: the one already shown if setting up was begun and
     * not finished (so an app that scanned it still works), or a new one.
     */
    String beginSecondFactor(SecretCipher cipher) {
        if (totpPendingSecret == null) {
            String secret = Totp.newSecret();
            totpPendingSecret = cipher.seal(secret, SecretCipher.TOTP);
            return secret;
        }
        return cipher.open(totpPendingSecret, SecretCipher.TOTP);
    }

    /** Whether setting up was begun and not finished. */
    boolean isSettingUpSecondFactor() {
        return totpPendingSecret != null;
    }

    /** Finishes setting up, if {@code code} was made from the secret shown; answers whether it was. */
    boolean confirmSecondFactor(String code, Instant now, SecretCipher cipher) {
        if (totpPendingSecret == null || !useCode(cipher.open(totpPendingSecret, SecretCipher.TOTP), code, now)) {
            return false;
        }
        totpSecret = totpPendingSecret;
        totpPendingSecret = null;
        secondFactorSince = now;
        return true;
    }

    /** Whether {@code code} is the app's code of now and not used before; using it uses it up. */
    boolean acceptsCode(String code, Instant now, SecretCipher cipher) {
        return totpSecret != null && useCode(cipher.open(totpSecret, SecretCipher.TOTP), code, now);
    }

    /** Whether {@code code} is {@code secret}'s code of now, unused; if so it is spent. */
    private boolean useCode(String secret, String code, Instant now) {
        OptionalLong step = Totp.matchingStep(secret, code, now, totpLastStep);
        step.ifPresent(used -> totpLastStep = used);
        return step.isPresent();
    }

    /** Turns the second factor off (by its owner, or by an admin for a lost phone); a new one can be set up. */
    void removeSecondFactor() {
        totpSecret = null;
        totpPendingSecret = null;
        secondFactorSince = null;
    }

    /** The password was right: the code page may finish signing in with this token's hash until {@code until}. */
    void challenge(String tokenHash, Instant until) {
        this.signInChallenge = Objects.requireNonNull(tokenHash, "tokenHash");
        this.signInChallengeUntil = until;
    }

    boolean isChallengeOpenAt(Instant now) {
        return signInChallenge != null && signInChallengeUntil != null && now.isBefore(signInChallengeUntil);
    }

    void closeChallenge() {
        this.signInChallenge = null;
        this.signInChallengeUntil = null;
    }

    /** A right password where no code is asked for ends a run of wrong guesses, as signing in does. */
    void passwordAccepted() {
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Changes the name staff see and the email address. */
    public void describe(String newDisplayName, String newEmail) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new InvalidInputException("displayName", UserText.of("staff.displayName.required"));
        }
        this.displayName = newDisplayName.strip();
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    /** Replaces the roles; everyone needs at least one. */
    public void assign(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInputException("roles", UserText.of("staff.roles.required"));
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** A new password (as a hash), set by an admin; it also lifts a lock from wrong guesses. */
    public void resetPassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /** Refuses a change made to a copy older than this account. */
    public void checkVersion(long expected) {
        if (expected != version) {
            throw new ConcurrentEditException(UserText.of("concurrentEdit.staffAccount"),
                    UserText.of("who.anotherAdmin"));
        }
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Gives this person a phone extension, or none ({@code null} or blank): digits only, up to 20. */
    public void assignExtension(String newExtension) {
        String value = newExtension == null ? "" : newExtension.strip();
        if (!value.isEmpty() && !value.matches("\\d{1,20}")) {
            throw new InvalidInputException("extension", UserText.of("staff.extension.format"));
        }
        this.extension = value.isEmpty() ? null : value;
    }

    public String getExtension() {
        return extension;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public long getVersion() {
        return version;
    }
}
