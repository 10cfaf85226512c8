package org.commonplace.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.commonplace.promotion.DraftWriter;
import org.commonplace.promotion.PromotionService;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Viewer;

/**
 * {@code POST /api/v1/threads/{id}/promotions}: promotes posts of a thread (and, by id, of other threads) to a new
 * page or into an existing one, publishing the generated draft as a normal revision. {@code Idempotency-Key} makes
 * a retry answer with the first promotion.
 */
@Path("/threads/{id}/promotions")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class PromotionsResource {

    @Inject
    PromotionService promotions;

    @Inject
    org.commonplace.wiki.WikiService wiki;

    @Inject
    CurrentViewer viewer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response promote(@PathParam("id") long id, PromotionJson.NewPromotion body, @HeaderParam("Idempotency-Key") String key,
            @Context UriInfo uri) {
        Viewer who = viewer.get();
        if (!who.signedIn()) {
            return ApiExceptionMappers.error(401, "unauthorized", "Sign in (HTTP Basic or a bearer token) to promote threads.");
        }
        if (body == null || body.space() == null) {
            throw new InvalidInputException("body", "Send {space, slug, title, postIds, mode: \"new\"|\"append\"|\"under\"}.");
        }
        DraftWriter.Placement placement = switch (body.mode() == null ? "new" : body.mode().toLowerCase(Locale.ROOT)) {
            case "new" -> DraftWriter.Placement.NEW;
            case "append" -> DraftWriter.Placement.APPEND;
            case "under" -> DraftWriter.Placement.UNDER;
            default -> throw new InvalidInputException("mode", "mode is \"new\", \"append\" or \"under\".");
        };
        List<PromotionService.Selection> selections;
        if (body.postIds() == null || body.postIds().isEmpty()) {
            selections = promotions.workbench(who, id, null).posts().stream().filter(PromotionService.WorkbenchPost::preTicked)
                    .map(p -> PromotionService.Selection.whole(p.id())).toList();
        } else {
            selections = body.postIds().stream().map(PromotionService.Selection::whole).toList();
        }
        if (placement == DraftWriter.Placement.NEW && body.slug() != null && !org.commonplace.markup.Slugs.slugify(body.slug()).equals(body.slug())) {
            throw new InvalidInputException("slug", "A new page's address has lower-case letters, digits and dashes only.");
        }
        PromotionService.Target target = new PromotionService.Target(body.space(), body.slug(), body.title(), placement, body.heading());
        PromotionService.Published published = promotions.publish(who, selections, target, null, 0, body.summary(),
                Boolean.TRUE.equals(body.confirm()), Boolean.TRUE.equals(body.lock()), key);
        PageJson page = PageJson.of(published.space(), wiki.view(who, published.space(), published.slug(), null));
        PromotionJson.SourcesJson sources = PromotionJson.SourcesJson.of(promotions.sources(who, published.space(), published.slug()));
        return Response.created(uri.getBaseUriBuilder().path("spaces/{space}/pages/{slug}").build(published.space(), published.slug()))
                .entity(new PromotionJson.PromotedJson(published.promotion().getId(), page, sources)).build();
    }
}
