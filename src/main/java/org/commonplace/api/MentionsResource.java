package org.commonplace.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.notify.MentionService;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Viewer;

/**
 * {@code /api/v1/spaces/{space}/mentions?q=}: who the editor may offer after an {@code @} in that space.
 * Signed-in callers only (a JSON 401 otherwise), since the answer lists accounts.
 */
@Path("/spaces/{space}/mentions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MentionsResource {

    @Inject
    MentionService mentions;

    @Inject
    CurrentViewer viewer;

    @GET
    public Response suggest(@PathParam("space") String space, @QueryParam("q") String prefix) {
        Viewer v = viewer.get();
        if (!v.signedIn()) {
            return ApiExceptionMappers.error(401, "unauthorized", "Sign in to mention people.");
        }
        return Response.ok(mentions.suggest(v, space, prefix)).build();
    }
}
