package org.helpline.api;

import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.helpline.callers.RecordChecks;

/**
 * Before a request to {@code /…/{id}} is read any further (its body, its If-Match), asks whether the token's user
 * may touch that record ({@code CallerRecords}, the one rule): a record they may not see answers 404 exactly as a
 * missing one does, whatever else the request holds, and nothing is written. The resource class names the kind
 * of record with {@link RecordsOf}; one that takes an {@code {id}} without saying is refused, so a new endpoint
 * cannot skip the check. The services check again themselves.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RecordGate implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RecordGate.class.getName());

    @Context
    ResourceInfo resource;

    @Inject
    RecordChecks checks;

    @Override
    public void filter(ContainerRequestContext request) {
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (id == null) {
            return;
        }
        RecordsOf kind = resource.getResourceClass() == null ? null
                : resource.getResourceClass().getAnnotation(RecordsOf.class);
        if (kind == null) {
            LOG.severe(() -> resource.getResourceClass() + " takes a record's {id} but does not say whose (@RecordsOf)");
            throw new IllegalStateException("A resource with an {id} must name its records");
        }
        long recordId;
        try {
            recordId = Long.parseLong(id);
        } catch (NumberFormatException notANumber) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        checks.reachable(kind.value(), recordId);
    }
}
