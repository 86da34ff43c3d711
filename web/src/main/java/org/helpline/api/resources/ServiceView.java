package org.helpline.api.resources;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.helpline.resources.SupportService;
import org.helpline.topics.Topic;

/** A service in the resource directory, as advisers see it when they refer or signpost. */
@Schema(name = "Service")
public record ServiceView(
        @Schema(example = "facets") String code,
        String name,
        String organisation,
        String description,
        String eligibility,
        String howToRefer,
        String phone,
        String email,
        String website,
        String areasCovered,
        String cost,
        @Schema(enumeration = {"ACTIVE", "TEMPORARILY_CLOSED", "INACTIVE"}) String status,
        boolean referrable,
        boolean crisisLine,
        List<String> topics) {

    static ServiceView of(SupportService s) {
        return new ServiceView(s.getCode(), s.getName(), s.getOrganisation().getName(), s.getDescription(),
                s.getEligibility(), s.getHowToRefer(), s.getPhone(), s.getEmail(), s.getWebsite(), s.getAreasCovered(),
                s.getCost(), s.getStatus().name(), s.isReferrable(), s.isCrisisLine(),
                s.getTopics().stream().map(Topic::getCode).sorted().toList());
    }
}
