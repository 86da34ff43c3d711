package org.helpline.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: what went wrong, for people ({@code title}, {@code detail}) and for programs
 * ({@code type}, {@code status}, and the fields at fault in {@code errors}).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
        @Schema(description = "A URI naming the kind of problem", example = "https://helpline.example/problems/invalid-input")
        String type,
        @Schema(example = "The request has input Helpline cannot accept") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Give a summary of the contact") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "The fields at fault, for 400") List<FieldError> errors) {

    /** A field the request got wrong, named as in the request body or query, and why. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "summary") String field,
            @Schema(example = "Give a summary of the contact") String message) {
    }
}
