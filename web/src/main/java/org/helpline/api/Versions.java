package org.helpline.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.helpline.shared.UserText;

/**
 * Optimistic locking over HTTP: a record is sent with its version as its {@code ETag}; a change must send
 * it back as {@code If-Match}. The services compare it with the stored version, so a stale one is refused
 * (412) and nothing is written, exactly as when two advisers edit on the pages.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A record with its ETag. */
    public static Response.ResponseBuilder ok(Object body, long version) {
        return Response.ok(body).tag(tagOf(version));
    }

    /** The version the client read, from {@code If-Match}; 428 without one, 400 for one that is not ours. */
    public static long ifMatch(HttpHeaders headers, UriInfo uri) {
        String path = Problems.pathOf(uri);
        String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            throw new WebApplicationException(Problems.problem(428, "if-match-required",
                    UserText.of("api.ifMatch.required.title"), UserText.of("api.ifMatch.required.detail"), path, null));
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problems.problem(412, "stale", UserText.of("api.stale.title"),
                    UserText.of("api.ifMatch.unknown", header), path, null));
        }
    }
}
