package org.helpline.api.followups;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.helpline.calls.Contact;
import org.helpline.followups.FollowUp;

/** A follow-up: what is to be done for whom by when, and how it is going. */
@Schema(name = "FollowUp")
public record FollowUpView(
        long id,
        @Schema(enumeration = {"CALLBACK", "SEND_INFORMATION", "CHECK_REFERRAL", "OTHER"}) String kind,
        @Schema(enumeration = {"OPEN", "COMPLETED", "CANCELLED"}) String status,
        Long callerId,
        String caseNumber,
        Long contactId,
        Long referralId,
        Instant dueFrom,
        Instant dueUntil,
        String numberToRing,
        String reason,
        @Schema(description = "Username; absent while it waits in the team queue") String owner,
        int failedAttempts,
        Instant escalatedAt,
        Instant completedAt,
        @Schema(description = "The contact that completed it, when it was done by a call logged with "
                + "completesFollowUps (POST /contacts); absent otherwise") Long completedByContactId,
        String bookedBy,
        Instant bookedAt) {

    public static FollowUpView of(FollowUp f) {
        return new FollowUpView(f.getId(), f.getKind().name(), f.getStatus().name(),
                f.getCaller() == null ? null : f.getCaller().getId(),
                f.getSupportCase() == null ? null : f.getSupportCase().getNumber(),
                f.getContact() == null ? null : f.getContact().getId(),
                f.getReferral() == null ? null : f.getReferral().getId(), f.getDueFrom(), f.getDueUntil(),
                f.getNumberToRing(), f.getReason(), f.getOwner() == null ? null : f.getOwner().getUsername(),
                f.getFailedAttempts(), f.getEscalatedAt(), f.getCompletedAt(),
                f.getCompletedByContact().map(Contact::getId).orElse(null),
                f.getBookedBy() == null ? null : f.getBookedBy().getUsername(), f.getBookedAt());
    }
}
