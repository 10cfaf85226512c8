package org.commonplace.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.promotion.PromotionService;
import org.commonplace.space.CurrentViewer;

/** {@code GET /api/v1/spaces/{space}/pages/{slug}/sources}: the page's sections, their source posts, contributors and what is new since. */
@Path("/spaces/{space}/pages/{slug}/sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

    @Inject
    PromotionService promotions;

    @Inject
    CurrentViewer viewer;

    @GET
    public PromotionJson.SourcesJson get(@PathParam("space") String space, @PathParam("slug") String slug) {
        return PromotionJson.SourcesJson.of(promotions.sources(viewer.get(), space, slug));
    }
}
