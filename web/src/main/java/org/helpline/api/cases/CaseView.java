package org.helpline.api.cases;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.helpline.cases.Case;
import org.helpline.cases.CaseEvent;

/** A case: who owns it, where it stands, and (read one at a time) what happened on it. */
@Schema(name = "Case")
public record CaseView(
        long id,
        @Schema(example = "C-2026-00042") String number,
        String title,
        @Schema(enumeration = {"OPEN", "IN_PROGRESS", "AWAITING_CALLER", "CLOSED"}) String status,
        long callerId,
        @Schema(description = "Username; absent while the case waits in the team queue") String owner,
        Instant openedAt,
        Instant closedAt,
        String closingOutcome,
        @Schema(description = "Only when one case is read") List<Event> timeline) {

    /** One thing that happened on the case. */
    @Schema(name = "CaseEvent")
    public record Event(Instant at, String kind, String by, String statusFrom, String statusTo, Long contactId, String text) {

        static Event of(CaseEvent e) {
            return new Event(e.getOccurredAt(), e.getKind().name(), e.getActor() == null ? null : e.getActor().getUsername(),
                    e.getStatusFrom() == null ? null : e.getStatusFrom().name(),
                    e.getStatusTo() == null ? null : e.getStatusTo().name(),
                    e.getContact() == null ? null : e.getContact().getId(), e.getText());
        }
    }

    static CaseView of(Case k, boolean withTimeline) {
        return new CaseView(k.getId(), k.getNumber(), k.getTitle(), k.getStatus().name(), k.getCaller().getId(),
                k.getOwner() == null ? null : k.getOwner().getUsername(), k.getOpenedAt(), k.getClosedAt(),
                k.getClosingOutcome() == null ? null : k.getClosingOutcome().getCode(),
                withTimeline ? k.getTimeline().stream().map(Event::of).toList() : null);
    }
}
