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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.Post;
import org.commonplace.forum.ThreadView;
import org.commonplace.space.CurrentViewer;

/** {@code /api/v1/threads/{id}}: a thread with its posts, and replying. */
@Path("/threads/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThreadsResource {

    @Inject
    ForumService forum;

    @Inject
    CurrentViewer viewer;

    @Inject
    org.commonplace.promotion.PromotionService promotions;

    @GET
    public ForumJson.ThreadJson get(@PathParam("id") long id) {
        return ForumJson.ThreadJson.of(forum.thread(viewer.get(), id), !promotions.distilled(java.util.List.of(id)).isEmpty());
    }

    /** Adds a post; a repeated {@code Idempotency-Key} answers with the post the first request made. */
    @POST
    @Path("/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") long id, ForumJson.NewPost body, @HeaderParam("Idempotency-Key") String key,
            @Context UriInfo uri) {
        if (!viewer.get().signedIn()) {
            return ApiExceptionMappers.error(401, "unauthorized", "Sign in (HTTP Basic or a bearer token) to post.");
        }
        if (body == null) {
            return ApiExceptionMappers.error(400, "invalid", "Send {\"markdown\": ..., \"parentId\": ...}.");
        }
        Post post = forum.reply(viewer.get(), id, body.parentId(), body.markdown(), key);
        ThreadView view = forum.thread(viewer.get(), id);
        ForumJson.PostJson json = view.posts().stream().filter(p -> p.post().getId().equals(post.getId())).findFirst()
                .map(ForumJson.PostJson::of).orElseThrow();
        return Response.created(uri.getBaseUriBuilder().path("threads/{id}").fragment("p" + post.getId()).build(id)).entity(json).build();
    }
}
