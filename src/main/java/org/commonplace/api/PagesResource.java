package org.commonplace.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.commonplace.markup.Slugs;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.CurrentViewer;
import org.commonplace.space.Viewer;
import org.commonplace.wiki.Edit;
import org.commonplace.wiki.HistoryService;
import org.commonplace.wiki.Page;
import org.commonplace.wiki.PageView;
import org.commonplace.wiki.SaveOutcome;
import org.commonplace.wiki.WikiService;

/**
 * {@code /api/v1/spaces/{space}/pages}: read a page, its revisions and diffs, and save a page, over the same
 * {@link WikiService} and {@link HistoryService} the wiki's own pages use, so access rules, merge-on-save and
 * size limits are the same on both channels.
 *
 * <p>Saving ({@code PUT}) never overwrites silently: the body names the revision the edit started from
 * ({@code baseRevision}); when the page has moved on, the texts are merged three ways, and overlapping changes
 * answer 409 with both texts in full while nothing is written. A {@code PUT} of an existing page without
 * {@code baseRevision} is refused (400) rather than guessed. A {@code PUT} to an old slug that redirects edits
 * the page it points to (as GET shows that page) and answers with the page's current slug.
 *
 * <p>Idempotency: repeating a {@code PUT} exactly (same body, same {@code baseRevision}) creates no second
 * revision. The first request wrote revision {@code baseRevision + 1}; the repeat is then stale, its merge with
 * that revision gives the same text, and the no-op rule (text and title equal to the current revision) answers
 * 200 with {@code unchanged: true}. A client may therefore retry a {@code PUT} after a timeout without
 * risking a duplicate.
 *
 * <p>Every method runs in one transaction so that the page, its tags and its revision can be read for the answer
 * (they are loaded lazily) and a conflict or an error leaves nothing behind. Cookie-authenticated writes are
 * checked against cross-site requests by {@link ApiCsrfFilter}.
 */
@Path("/spaces/{space}/pages")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class PagesResource {

    @Inject
    WikiService wiki;

    @Inject
    HistoryService history;

    @Inject
    CurrentViewer viewer;

    @Context
    UriInfo uri;

    @GET
    @Path("/{slug}")
    public PageJson get(@PathParam("space") String space, @PathParam("slug") String slug) {
        return PageJson.of(space, wiki.view(viewer.get(), space, slug, null));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("space") String space, @PathParam("slug") String slug, PageWrite body) {
        Viewer who = viewer.get();
        if (!who.signedIn()) {
            return Response.fromResponse(ApiExceptionMappers.error(401, "unauthorized", "Sign in (HTTP Basic or a bearer token) to edit pages."))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Commonplace\", charset=\"UTF-8\"").build();
        }
        if (body == null) {
            throw new InvalidInputException("body", "Send the page as JSON: {title, markdown, summary, baseRevision}.");
        }
        Optional<Page> existing = wiki.find(who, space, slug);
        if (existing.isEmpty() && !Slugs.slugify(slug).equals(slug)) {
            throw new InvalidInputException("slug", "A new page's address has lower-case letters, digits and dashes only, e.g. \""
                    + Slugs.slugify(slug) + "\".");
        }
        if (existing.isPresent() && body.baseRevision() == null) {
            throw new InvalidInputException("baseRevision", "This page exists: send the revision your edit started from as baseRevision.");
        }
        Edit edit = new Edit(body.title(), body.markdown(), body.summary(), Boolean.TRUE.equals(body.minor()),
                body.baseRevision() == null ? 0 : body.baseRevision(), body.tags() == null ? null : String.join(",", body.tags()));
        SaveOutcome outcome = wiki.save(who, space, slug, edit);
        if (outcome instanceof SaveOutcome.Conflict conflict) {
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(ConflictBody.of(conflict)).build();
        }
        String saved = outcome.page().getSlug();
        PageJson page = PageJson.of(space, wiki.view(who, space, saved, null)).after(outcome);
        if (outcome instanceof SaveOutcome.Saved created && created.revision().getNumber() == 1) {
            return Response.created(uri.getBaseUriBuilder().path("spaces/{space}/pages/{slug}").build(space, saved))
                    .entity(page).build();
        }
        return Response.ok(page).build();
    }

    @GET
    @Path("/{slug}/revisions")
    public ListBody<RevisionJson> revisions(@PathParam("space") String space, @PathParam("slug") String slug,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return ListBody.of(history.history(viewer.get(), space, slug, PageRequest.of(page, size)).map(RevisionJson::summary));
    }

    @GET
    @Path("/{slug}/revisions/{n}")
    public RevisionJson revision(@PathParam("space") String space, @PathParam("slug") String slug, @PathParam("n") int number) {
        return RevisionJson.full(wiki.view(viewer.get(), space, slug, number));
    }

    /** {@code to} defaults to the current revision, {@code from} to the one before {@code to}. */
    @GET
    @Path("/{slug}/diff")
    public DiffJson diff(@PathParam("space") String space, @PathParam("slug") String slug,
            @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        PageView current = wiki.view(viewer.get(), space, slug, null);
        String pageSlug = current.page().getSlug();
        int newer = to == null ? current.page().getCurrentRevision() : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        return DiffJson.of(space, pageSlug, older, newer, history.diff(viewer.get(), space, pageSlug, older, newer));
    }
}
