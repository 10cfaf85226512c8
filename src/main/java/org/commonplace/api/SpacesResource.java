package org.commonplace.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.SpaceService;

/** {@code /api/v1/spaces}: the spaces the caller may see. */
@Path("/spaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SpacesResource {

    @Inject
    SpaceService spaces;

    @Inject
    CurrentViewer viewer;

    @GET
    public ListBody<SpaceJson> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return ListBody.of(spaces.listVisible(viewer.get(), PageRequest.of(page, size)).map(SpaceJson::of));
    }

    @GET
    @Path("/{space}")
    public SpaceJson get(@PathParam("space") String slug) {
        return SpaceJson.of(spaces.get(viewer.get(), slug));
    }
}
