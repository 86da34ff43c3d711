package org.helpline.callers;

import java.io.Serializable;
import java.util.List;

/**
 * What must be on screen wherever a caller is worked (a case, a callback, an alert, a missed call): who
 * they are, the numbers to ring them on, and every risk flag on them, most pressing first.
 */
public record CallerHeader(long id, String name, List<String> phones, String email, List<RiskMark> risks)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public CallerHeader {
        phones = List.copyOf(phones);
        risks = List.copyOf(risks);
    }

    /** The flags standing today. */
    public List<RiskMark> activeRisks() {
        return risks.stream().filter(RiskMark::isActive).toList();
    }

    /** Whether a flag standing today is a risk to life: its protocol is shown. */
    public boolean isRiskToLife() {
        return risks.stream().anyMatch(r -> r.isActive() && r.riskToLife());
    }

    /** The most pressing flag, for a marker on a list's row; null when the caller has none. */
    public RiskMark topRisk() {
        return risks.isEmpty() ? null : risks.get(0);
    }
}
