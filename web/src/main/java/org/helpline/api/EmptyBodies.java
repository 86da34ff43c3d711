package org.helpline.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A request with no body at all is taken as JSON with nothing in it, rather than refused as an unsupported media
 * type before anything else is asked: so a change to a record the user may not touch is "not found"
 * ({@link RecordGate}) whether or not a body came with it, and one to a record they may touch is told which field
 * is missing. A body of another type is still refused (415).
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class EmptyBodies implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getMediaType() == null && !request.hasEntity()) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
