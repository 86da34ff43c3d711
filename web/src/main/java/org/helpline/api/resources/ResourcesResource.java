package org.helpline.api.resources;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.api.Paging;
import org.helpline.api.Reading;
import org.helpline.resources.ResourceDirectory;

/** {@code /resources}: the directory of services callers are referred or signposted to, through {@link ResourceDirectory}. */
@Path("/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources", description = "The directory of services to refer or signpost callers to")
public class ResourcesResource {

    @Inject
    ResourceDirectory directory;

    @Inject
    Reading reading;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Find services", description = "Open and temporarily closed services whose name, description "
            + "or organisation hold every word, for a topic, covering an area")
    @APIResponse(responseCode = "200", description = "A page of services")
    public Response find(@Parameter(description = "Words") @QueryParam("q") String q,
            @Parameter(description = "A topic code, with its subtopics") @QueryParam("topic") String topic,
            @Parameter(description = "Part of an area's name") @QueryParam("area") String area,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        int p = Paging.page(page);
        int s = Paging.size(size);
        return Paging.of(uri, reading.of(() -> directory.find(q, topic, area).stream().map(ServiceView::of).toList()), p, s);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One service by its code")
    @APIResponse(responseCode = "200", description = "The service")
    @APIResponse(responseCode = "404", description = "No such service")
    public ServiceView get(@PathParam("code") String code) {
        return reading.of(() -> ServiceView.of(directory.get(code)));
    }
}
