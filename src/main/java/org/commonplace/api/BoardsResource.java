package org.commonplace.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.ForumThread;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.CurrentViewer;

/** {@code /api/v1/spaces/{space}/boards}: boards, their threads, and starting a thread. */
@Path("/spaces/{space}/boards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BoardsResource {

    @Inject
    ForumService forum;

    @Inject
    CurrentViewer viewer;

    @Inject
    org.commonplace.promotion.PromotionService promotions;

    @GET
    public ListBody<ForumJson.BoardJson> boards(@PathParam("space") String space) {
        List<ForumJson.BoardJson> items = forum.boards(viewer.get(), space).stream().map(ForumJson.BoardJson::of).toList();
        return new ListBody<>(items, items.size(), 1, items.size());
    }

    @GET
    @Path("/{board}/threads")
    public ListBody<ForumJson.ThreadSummaryJson> threads(@PathParam("space") String space, @PathParam("board") String board,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        org.commonplace.shared.Paged<ForumThread> threads = forum.threads(viewer.get(), space, board, PageRequest.of(page, size));
        java.util.Set<Long> distilled = promotions.distilled(threads.items().stream().map(ForumThread::getId).toList());
        return ListBody.of(threads.map(t -> ForumJson.ThreadSummaryJson.of(t, distilled)));
    }

    /** Starts a thread; a repeated {@code Idempotency-Key} answers with the thread the first request made. */
    @POST
    @Path("/{board}/threads")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("space") String space, @PathParam("board") String board, ForumJson.NewThread body,
            @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        if (!viewer.get().signedIn()) {
            return ApiExceptionMappers.error(401, "unauthorized", "Sign in (HTTP Basic or a bearer token) to post.");
        }
        if (body == null) {
            return ApiExceptionMappers.error(400, "invalid", "Send {\"title\": ..., \"markdown\": ...}.");
        }
        ForumThread thread = forum.startThread(viewer.get(), space, board, body.title(), body.markdown(), key);
        return Response.created(uri.getBaseUriBuilder().path("threads/{id}").build(thread.getId()))
                .entity(ForumJson.ThreadJson.of(forum.thread(viewer.get(), thread.getId()), false)).build();
    }
}
