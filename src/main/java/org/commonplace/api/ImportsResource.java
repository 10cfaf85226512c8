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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.commonplace.imports.ImportFormat;
import org.commonplace.imports.ImportJob;
import org.commonplace.imports.ImportService;
import org.commonplace.shared.InvalidInputException;
import org.commonplace.shared.PageRequest;
import org.commonplace.space.CurrentViewer;

/**
 * {@code /api/v1/imports}: start an import (the archive in the body, or {@code path=} inside the server's
 * import folder) and follow it. Site administrators only.
 */
@Path("/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    @Inject
    ImportService imports;

    @Inject
    CurrentViewer viewer;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response start(@QueryParam("format") String format, @QueryParam("space") String space, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("path") String path, @QueryParam("name") String name, @HeaderParam("Content-Disposition") String disposition,
            InputStream body, @Context UriInfo uri) {
        if (!viewer.get().signedIn()) {
            return ApiExceptionMappers.error(401, "unauthorized", "Sign in (HTTP Basic or a bearer token) as a site administrator.");
        }
        ImportFormat f = ImportFormat.of(format)
                .orElseThrow(() -> new InvalidInputException("format", "format is one of ning, mbox, mediawiki."));
        if (space == null || space.isBlank()) {
            throw new InvalidInputException("space", "space names the space to import into.");
        }
        ImportJob job = path != null && !path.isBlank()
                ? imports.fromServer(viewer.get(), f, space, dryRun, path)
                : imports.upload(viewer.get(), f, space, dryRun, name != null ? name : fileName(disposition), body);
        return Response.accepted(ImportJson.of(job)).location(uri.getBaseUriBuilder().path("imports/{id}").build(job.getId())).build();
    }

    private static String fileName(String disposition) {
        if (disposition == null) {
            return null;
        }
        int at = disposition.indexOf("filename=");
        return at < 0 ? null : disposition.substring(at + 9).replace("\"", "").strip();
    }

    @GET
    public ListBody<ImportJson> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return ListBody.of(imports.list(viewer.get(), PageRequest.of(page, size)).map(ImportJson::of));
    }

    @GET
    @Path("/{id}")
    public ImportJson get(@PathParam("id") long id) {
        return ImportJson.of(imports.get(viewer.get(), id));
    }
}
