package org.helpline.api.contacts;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.helpline.calls.Contact;
import org.helpline.shared.persistence.ReferenceItem;
import org.helpline.topics.Topic;

/** A logged contact as the API shows it: codes for the lists, the caller only if the reader may identify them. */
@Schema(name = "Contact")
public record ContactView(
        long id,
        Instant startedAt,
        Integer durationSeconds,
        String channel,
        String direction,
        String line,
        @Schema(description = "Set for a call that carried no enquiry (silent, wrong number, hang-up...)") String nonData,
        String callerType,
        @Schema(description = "Absent when the reader is not working with the caller, or the caller gave no consent") Long callerId,
        String caseNumber,
        List<String> topics,
        String summary,
        String informationGiven,
        String outcome,
        boolean followUpNeeded,
        boolean referralNeeded,
        String adviser,
        Instant loggedAt) {

    static ContactView of(Contact c, boolean identifyCaller) {
        return new ContactView(c.getId(), c.getStartedAt(),
                c.getDuration() == null ? null : (int) c.getDuration().toSeconds(), code(c.getChannel()),
                c.getDirection() == null ? null : c.getDirection().name(), code(c.getLine()),
                c.getNonDataKind() == null ? null : c.getNonDataKind().name(), code(c.getCallerType()),
                identifyCaller && c.getCaller() != null ? c.getCaller().getId() : null,
                c.getSupportCase() == null ? null : c.getSupportCase().getNumber(),
                c.getTopics().stream().map(Topic::getCode).sorted().toList(), c.getSummary(), c.getInformationGiven(),
                code(c.getOutcome()), c.isFollowUpNeeded(), c.isReferralNeeded(),
                c.getAdviser() == null ? null : c.getAdviser().getUsername(), c.getLoggedAt());
    }

    private static String code(ReferenceItem item) {
        return item == null ? null : item.getCode();
    }
}
