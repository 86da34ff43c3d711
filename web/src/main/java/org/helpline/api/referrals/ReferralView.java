package org.helpline.api.referrals;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.helpline.referrals.Referral;

/** A referral of a caller to a service (FACETS, counselling, carers' support...) and where it has got to. */
@Schema(name = "Referral")
public record ReferralView(
        long id,
        @Schema(description = "The service's code in the resource directory") String service,
        String serviceName,
        long callerId,
        Long contactId,
        String caseNumber,
        @Schema(enumeration = {"PROPOSED", "SENT", "ACCEPTED", "ENROLLED", "COMPLETED", "DECLINED", "NO_RESPONSE",
                "WITHDRAWN"}) String status,
        Instant consentGivenAt,
        String note,
        @Schema(enumeration = {"HELPED", "PARTLY_HELPED", "NOT_HELPED"}) String outcome,
        String outcomeNote,
        String referredBy,
        Instant referredAt) {

    static ReferralView of(Referral r) {
        return new ReferralView(r.getId(), r.getService().getCode(), r.getService().getName(), r.getCaller().getId(),
                r.getContact() == null ? null : r.getContact().getId(),
                r.getSupportCase() == null ? null : r.getSupportCase().getNumber(), r.getStatus().name(),
                r.getConsentGivenAt(), r.getNote(), r.getOutcome() == null ? null : r.getOutcome().name(),
                r.getOutcomeNote(), r.getReferredBy() == null ? null : r.getReferredBy().getUsername(), r.getReferredAt());
    }
}
