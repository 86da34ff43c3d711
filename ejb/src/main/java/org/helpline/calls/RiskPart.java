package org.helpline.calls;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.RiskLevel;

/** The risks heard on the contact, how serious, and until when a flag should stand. */
public class RiskPart implements Serializable {

    private static final long serialVersionUID = 1L;

    private Set<RiskKind> risks = EnumSet.noneOf(RiskKind.class);
    private RiskLevel riskLevel = RiskLevel.HIGH;
    private LocalDate riskExpiresOn;

    public boolean any() {
        return !risks.isEmpty();
    }

    public Set<RiskKind> getRisks() {
        return risks;
    }

    public void setRisks(Set<RiskKind> risks) {
        this.risks = risks == null || risks.isEmpty() ? EnumSet.noneOf(RiskKind.class) : EnumSet.copyOf(risks);
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public LocalDate getRiskExpiresOn() {
        return riskExpiresOn;
    }

    public void setRiskExpiresOn(LocalDate riskExpiresOn) {
        this.riskExpiresOn = riskExpiresOn;
    }
}
