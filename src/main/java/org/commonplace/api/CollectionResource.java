package org.commonplace.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.commonplace.promotion.PromotionCollection;
import org.commonplace.promotion.PromotionService;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Viewer;

/**
 * The caller's collection of posts to promote together: {@code GET /api/v1/collection} lists it (as the workbench
 * would show it), {@code PUT} / {@code DELETE /api/v1/collection/posts/{id}} add and remove a post (both repeatable)
 * and answer {@code {postId, collected, count}}. Editors of some space only.
 */
@Path("/collection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CollectionResource {

    @Inject
    PromotionCollection collection;

    @Inject
    CurrentViewer viewer;

    /** One collected post. */
    public record CollectedJson(long postId, long threadId, String threadTitle, String author, java.time.Instant createdAt) {
    }

    /** The answer to adding or removing. */
    public record ChangeJson(long postId, boolean collected, long count) {
    }

    @GET
    public Response list() {
        Viewer who = viewer.get();
        if (!who.signedIn()) {
            return unauthorized();
        }
        List<CollectedJson> items = collection.workbench(who).posts().stream()
                .map((PromotionService.WorkbenchPost p) -> new CollectedJson(p.id(), p.threadId(), p.threadTitle(), p.author(), p.createdAt()))
                .toList();
        return Response.ok(new ListBody<>(items, items.size(), 0, items.size())).build();
    }

    @PUT
    @Path("/posts/{id}")
    public Response add(@PathParam("id") long id) {
        return change(id, true);
    }

    @DELETE
    @Path("/posts/{id}")
    public Response remove(@PathParam("id") long id) {
        return change(id, false);
    }

    private Response change(long id, boolean collected) {
        Viewer who = viewer.get();
        if (!who.signedIn()) {
            return unauthorized();
        }
        long count = collection.set(who, id, collected);
        return Response.ok(new ChangeJson(id, collected, count)).build();
    }

    private static Response unauthorized() {
        return ApiExceptionMappers.error(401, "unauthorized", "Sign in (HTTP Basic or a bearer token) to collect posts.");
    }
}
