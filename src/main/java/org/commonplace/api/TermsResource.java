package org.commonplace.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.commonplace.phrasebook.PhrasebookService;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.CurrentViewer;

/**
 * {@code /api/v1/terms}: the phrasebook terms the caller may read (site-wide ones and those of readable spaces),
 * A–Z, filtered by {@code q}; {@code /api/v1/terms/{term}} by slug, term or alias (404 when unknown or hidden).
 */
@Path("/terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

    @Inject
    PhrasebookService phrasebook;

    @Inject
    CurrentViewer viewer;

    /** A term as the API shows it; {@code space} is null for site-wide terms. */
    public record TermJson(String term, List<String> aliases, String definition, String slug, String space, String url) {

        static TermJson of(PhrasebookService.TermSummary t) {
            return new TermJson(t.term(), t.aliases(), t.definition(), t.slug(), t.spaceSlug(), "/phrasebook/" + t.slug());
        }
    }

    /** The term page's content: the summary plus the explanation (Markdown and HTML) and where it is used. */
    public record TermDetailJson(String term, List<String> aliases, String definition, String slug, String space, String url,
            String explanation, String html, int usedInPages, int usedInThreads) {
    }

    @GET
    public ListBody<TermJson> list(@QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return ListBody.of(phrasebook.list(viewer.get(), q, null, PageRequest.of(page, size)).map(TermJson::of));
    }

    @GET
    @Path("/{term}")
    public TermDetailJson get(@PathParam("term") String term) {
        PhrasebookService.TermDetail d = phrasebook.detail(viewer.get(), term);
        PhrasebookService.TermSummary t = d.summary();
        return new TermDetailJson(t.term(), t.aliases(), t.definition(), t.slug(), t.spaceSlug(), "/phrasebook/" + t.slug(),
                d.explanation(), d.explanationHtml(), d.usedInPages().size(), d.usedInThreads().size());
    }
}
