package org.helpline.audit;

import java.util.Arrays;
import java.util.Optional;

import org.helpline.callers.Caller;
import org.helpline.calls.Contact;
import org.helpline.cases.Case;
import org.helpline.followups.FollowUp;
import org.helpline.referrals.Referral;
import org.helpline.safeguarding.RiskFlag;
import org.helpline.safeguarding.SafeguardingAlert;
import org.helpline.security.UserAccount;

/** The kinds of record the audit trail keeps the history of, as an admin asks for them. */
public enum AuditedRecord {
    CALLER("caller", "Caller", Caller.class),
    CONTACT("contact", "Contact", Contact.class),
    CASE("case", "Case", Case.class),
    FOLLOW_UP("follow-up", "Follow-up", FollowUp.class),
    REFERRAL("referral", "Referral", Referral.class),
    RISK_FLAG("risk-flag", "Risk flag", RiskFlag.class),
    SAFEGUARDING_ALERT("safeguarding-alert", "Safeguarding alert", SafeguardingAlert.class),
    USER("user", "Staff account", UserAccount.class);

    private final String code;
    private final String label;
    private final Class<?> entity;

    AuditedRecord(String code, String label, Class<?> entity) {
        this.code = code;
        this.label = label;
        this.entity = entity;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    Class<?> entity() {
        return entity;
    }

    public static Optional<AuditedRecord> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
