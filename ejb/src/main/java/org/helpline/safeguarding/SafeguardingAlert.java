package org.helpline.safeguarding;

import java.io.Serializable;
import java.time.Duration;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerRecord;
import org.helpline.security.UserAccount;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Text;
import org.helpline.shared.UserText;

/**
 * A flagged contact waiting in the supervisors' queue until one of them records the action taken and
 * signs it off. Signing off happens once; doing nothing needs a reason.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "safeguarding_alert")
public class SafeguardingAlert implements Serializable, CallerRecord {

    private static final long serialVersionUID = 1L;

    static final int NOTE_MAX = 2000;

    public enum Status {
        OPEN, SIGNED_OFF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safeguarding_alert_seq")
    @SequenceGenerator(name = "safeguarding_alert_seq", sequenceName = "safeguarding_alert_seq", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "risk_flag_id", unique = true)
    private RiskFlag riskFlag;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_taken", length = 40)
    private SafeguardingAction actionTaken;

    @Column(name = "action_note", length = NOTE_MAX)
    private String actionNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signed_off_by_id")
    private UserAccount signedOffBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Version
    private long version;

    protected SafeguardingAlert() {
    }

    public SafeguardingAlert(RiskFlag riskFlag, Instant now) {
        this.riskFlag = Objects.requireNonNull(riskFlag, "riskFlag");
        this.raisedAt = now;
        this.status = Status.OPEN;
    }

    /** Records what was done and closes the alert. Refused when already signed off, or without an action. */
    public void signOff(SafeguardingAction action, String note, UserAccount by, Instant now) {
        if (status == Status.SIGNED_OFF) {
            throw new InvalidInputException("action", UserText.of("alert.signedOff.already",
                    signedOffBy.getDisplayName()));
        }
        if (action == null) {
            throw new InvalidInputException("action", UserText.of("alert.action.required"));
        }
        String text = Text.optional(note, "actionNote", NOTE_MAX);
        if (action.needsReason() && text == null) {
            throw new InvalidInputException("actionNote", UserText.of("alert.actionNote.required"));
        }
        this.actionTaken = action;
        this.actionNote = text;
        this.signedOffBy = Objects.requireNonNull(by, "by");
        this.signedOffAt = now;
        this.status = Status.SIGNED_OFF;
    }

    /** Still open after {@code within} has passed since it was raised: shown highlighted. */
    public boolean isOverdue(Instant now, Duration within) {
        return status == Status.OPEN && raisedAt.plus(within).isBefore(now);
    }

    public void checkVersion(long expected) {
        if (expected != version) {
            throw new ConcurrentEditException(UserText.of("concurrentEdit.safeguardingAlert"),
                    signedOffBy == null ? UserText.of("who.anotherSupervisor") : signedOffBy.getDisplayName(),
                    signedOffAt == null ? raisedAt : signedOffAt);
        }
    }

    public Long getId() {
        return id;
    }

    public RiskFlag getRiskFlag() {
        return riskFlag;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Status getStatus() {
        return status;
    }

    public SafeguardingAction getActionTaken() {
        return actionTaken;
    }

    public String getActionNote() {
        return actionNote;
    }

    public UserAccount getSignedOffBy() {
        return signedOffBy;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }

    public long getVersion() {
        return version;
    }

    /** The caller of the contact whose risk raised the alert. */
    @Override
    public Caller getCaller() {
        return riskFlag.getCaller();
    }
}
