package org.helpline.callers;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

import org.helpline.safeguarding.RiskFlag;
import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.RiskLevel;

/**
 * One risk flag as it shows beside a caller: what, how serious, who raised it and when, and where it stands
 * today (active, expired or lifted). Expired and lifted flags are shown as such, never hidden.
 */
public record RiskMark(
        long flagId,
        long version,
        RiskKind kind,
        RiskLevel level,
        boolean riskToLife,
        String raisedBy,
        Instant raisedAt,
        LocalDate expiresOn,
        RiskFlag.State state,
        String liftedBy,
        Instant liftedAt,
        String liftReason) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most pressing first: active before expired or lifted, risk to life first, then higher levels, then newest. */
    public static final Comparator<RiskMark> MOST_PRESSING_FIRST = Comparator
            .comparing((RiskMark m) -> m.state() != RiskFlag.State.ACTIVE)
            .thenComparing(m -> !m.riskToLife())
            .thenComparing(RiskMark::level, Comparator.reverseOrder())
            .thenComparing(RiskMark::raisedAt, Comparator.reverseOrder());

    static RiskMark of(RiskFlag flag, LocalDate today) {
        return new RiskMark(flag.getId(), flag.getVersion(), flag.getKind(), flag.getLevel(),
                flag.isRiskToLife(), flag.getRaisedBy().getDisplayName(), flag.getRaisedAt(), flag.getExpiresOn(),
                flag.stateOn(today), flag.getLiftedBy() == null ? null : flag.getLiftedBy().getDisplayName(),
                flag.getLiftedAt(), flag.getLiftReason());
    }

    public boolean isActive() {
        return state == RiskFlag.State.ACTIVE;
    }

    /** "Risk to life (suicidal thoughts or intent), High" and, unless active, where it stands. */
    public String summary() {
        return kind.label() + ", " + level.label() + (isActive() ? "" : " (" + state.label().toLowerCase(java.util.Locale.UK) + ")");
    }
}
